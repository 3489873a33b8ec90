"""A child Python that prints how Qt sorts Kazakh, Russian, English and German words and maps
Kazakh to upper case: run with and without Qt's ICU swapped, the output must be the same."""

COLLATION_CHECK = """
from PySide6.QtCore import QCollator, QCoreApplication, QLocale
app = QCoreApplication([])
words = ["Өмір", "Ұлан", "Әсем", "Абай", "Үміт", "Іле", "Қазақ", "Ғалым", "Ёлка", "Һ", "Ңң", "Zebra", "apple"]
for name in ("kk_KZ", "ru_RU", "en_US", "de_DE"):
    print(name, " ".join(sorted(words, key=QCollator(QLocale(name)).sortKey)))
print(QLocale("kk_KZ").toUpper("әсем іңғ"))
"""
KAZAKH_ORDER = "Абай Әсем Ғалым Ёлка Қазақ"  # Ә after А, Ғ after Г: not the order of the code points
