"""Small widgets shared by the role pages."""
