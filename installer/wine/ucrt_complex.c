/* The C99 complex functions of ucrtbase.dll, which Wine 8.0 exports only as stubs that abort the
   process when called (numpy imports them). For a Wine 8 test prefix only (see README.md).
   MSVC's types: _Dcomplex is {double[2]} (16 bytes: passed by reference, returned through a hidden
   pointer), _Fcomplex is {float[2]} (8 bytes: in a register); long double is double, so the *l
   functions are the double ones (the .def file maps them). Every function is named sc_<name>. */
#include <complex.h>
#include <math.h>

typedef struct { double v[2]; } Dcomplex;
typedef struct { float v[2]; } Fcomplex;

static double complex from_d(Dcomplex z) { return __builtin_complex(z.v[0], z.v[1]); }
static float complex from_f(Fcomplex z) { return __builtin_complex(z.v[0], z.v[1]); }
static Dcomplex to_d(double complex z) { Dcomplex r = {{creal(z), cimag(z)}}; return r; }
static Fcomplex to_f(float complex z) { Fcomplex r = {{crealf(z), cimagf(z)}}; return r; }

#define UNARY(name) \
    Dcomplex sc_##name(Dcomplex z) { return to_d(name(from_d(z))); } \
    Fcomplex sc_##name##f(Fcomplex z) { return to_f(name##f(from_f(z))); }
UNARY(cacos) UNARY(cacosh) UNARY(casin) UNARY(casinh) UNARY(catan) UNARY(catanh)
UNARY(ccos) UNARY(ccosh) UNARY(csin) UNARY(csinh) UNARY(ctan) UNARY(ctanh)
UNARY(cexp) UNARY(clog) UNARY(conj) UNARY(cproj) UNARY(csqrt)

Dcomplex sc_clog10(Dcomplex z) { return to_d(clog(from_d(z)) / M_LN10); }
Fcomplex sc_clog10f(Fcomplex z) { return to_f(clogf(from_f(z)) / (float)M_LN10); }
Dcomplex sc_cpow(Dcomplex a, Dcomplex b) { return to_d(cpow(from_d(a), from_d(b))); }
Fcomplex sc_cpowf(Fcomplex a, Fcomplex b) { return to_f(cpowf(from_f(a), from_f(b))); }

double sc_cabs(Dcomplex z) { return hypot(z.v[0], z.v[1]); }
float sc_cabsf(Fcomplex z) { return hypotf(z.v[0], z.v[1]); }
double sc_carg(Dcomplex z) { return atan2(z.v[1], z.v[0]); }
float sc_cargf(Fcomplex z) { return atan2f(z.v[1], z.v[0]); }
double sc_creal(Dcomplex z) { return z.v[0]; }
float sc_crealf(Fcomplex z) { return z.v[0]; }
double sc_cimag(Dcomplex z) { return z.v[1]; }
float sc_cimagf(Fcomplex z) { return z.v[1]; }
double sc_norm(Dcomplex z) { return z.v[0] * z.v[0] + z.v[1] * z.v[1]; }
float sc_normf(Fcomplex z) { return z.v[0] * z.v[0] + z.v[1] * z.v[1]; }

Dcomplex sc__Cbuild(double re, double im) { Dcomplex r = {{re, im}}; return r; }
Fcomplex sc__FCbuild(float re, float im) { Fcomplex r = {{re, im}}; return r; }
Dcomplex sc__Cmulcc(Dcomplex a, Dcomplex b) { return to_d(from_d(a) * from_d(b)); }
Dcomplex sc__Cmulcr(Dcomplex a, double b) { Dcomplex r = {{a.v[0] * b, a.v[1] * b}}; return r; }
Fcomplex sc__FCmulcc(Fcomplex a, Fcomplex b) { return to_f(from_f(a) * from_f(b)); }
Fcomplex sc__FCmulcr(Fcomplex a, float b) { Fcomplex r = {{a.v[0] * b, a.v[1] * b}}; return r; }
