/*
 * test_komponen.c - the component's entry points, outside the office.
 *
 * Calls the library exactly as LibreOffice's binary-UNO bridge does:
 * component_getFactory, then uno_Interface acquire/release/pDispatcher
 * with method descriptions.  Without an office there is no type manager,
 * so the method descriptions are filled in here with the fields the
 * dispatcher reads (name, return type, parameters).  Build with
 * -DKINERJA_SANITIZE=ON to run it under AddressSanitizer and
 * UndefinedBehaviorSanitizer: thousands of create/release cycles must leave
 * no leak and no use after free.
 *
 * Also: every function of fungsi_tabel dispatched with every
 * combination of good and bad arguments (numbers, NaN, infinities,
 * denormals, -0, text, names, empty text, VOID, BOOLEAN, LONG, ranges of
 * several shapes, empty, ragged and nested sequences, [][]double, []any),
 * each result checked to be one a Calc cell can hold; and the dispatcher
 * and the objects' reference counts used from 8 threads at once (also run
 * under ThreadSanitizer: tests/keandalan/tsan.sh).
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "jembatan.h"

void component_getImplementationEnvironment(const char **ppEnvTypeName,
                                            uno_Environment **ppEnv);
void *component_getFactory(const char *pImplName, void *pServiceManager,
                           void *pRegistryKey);

static _Atomic int gagal; /* checks fail from several threads too */

#define PERIKSA(syarat)                                                        \
    do {                                                                       \
        if (!(syarat)) {                                                       \
            fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__,         \
                    #syarat);                                                  \
            gagal++;                                                           \
        }                                                                      \
    } while (0)

/* --- calls -----------------------------------------------------------------
 */

/* One call; returns whether an exception was signalled, which must be a
 * RuntimeException saying what went wrong (then `hasil` is untouched). */
static bool panggil(uno_Interface *i, metode_uji *m, void *hasil,
                    void *argumen[])
{
    uno_Any ruang;
    uno_Any *pengecualian = jembatan_panggil(i, m, hasil, argumen, &ruang);
    if (pengecualian == NULL)
        return false;
    PERIKSA(pengecualian == &ruang);
    const rtl_uString *jenis = pengecualian->pType->pTypeName;
    PERIKSA(rtl_ustr_ascii_compare_WithLength(
                jenis->buffer, jenis->length,
                "com.sun.star.uno.RuntimeException") == 0);
    const rtl_uString *pesan = *(rtl_uString *const *)pengecualian->pData;
    PERIKSA(rtl_ustr_ascii_shortenedCompare_WithLength(
                pesan->buffer, pesan->length, "kinerja: ", 9) == 0);
    uno_any_destruct(pengecualian, NULL);
    return true;
}

/* --- values --------------------------------------------------------------- */

static void any_rentang(uno_Any *a, const double *nilai, sal_Int32 baris,
                        sal_Int32 kolom, sal_Int32 kolom_akhir)
{
    PERIKSA(jembatan_any_rentang(a, nilai, baris, kolom, kolom_akhir));
}

/* A column of doubles whose row `kosong` is an empty cell (""), as Calc
 * passes an empty cell inside a range. */
static void any_kolom_kosong_di(uno_Any *a, const double *nilai,
                                sal_Int32 baris, sal_Int32 kosong)
{
    uno_Any elemen[8];
    for (sal_Int32 r = 0; r < baris; r++) {
        if (r == kosong)
            jembatan_any_teks(&elemen[r], "");
        else
            jembatan_any_angka(&elemen[r], nilai[r]);
    }
    PERIKSA(jembatan_any_dari_elemen(a, elemen, baris, 1, 1));
}

static bool any_adalah_angka(const uno_Any *a, double harapan)
{
    return a->pType->eTypeClass == typelib_TypeClass_DOUBLE &&
           fabs(*(const double *)a->pData - harapan) < 1e-9;
}

/* A double that is Calc's error `kode` (its NaN payload). */
static bool double_adalah_galat(double d, uint32_t kode)
{
    uint64_t bit;
    memcpy(&bit, &d, sizeof(bit));
    return isnan(d) && (uint32_t)(bit & 0xFFFFFFFFu) == kode;
}

static bool any_adalah_galat(const uno_Any *a, uint32_t kode)
{
    if (a->pType->eTypeClass != typelib_TypeClass_DOUBLE)
        return false;
    return double_adalah_galat(*(const double *)a->pData, kode);
}

/* The rows of a range result: h holds a sequence<sequence<T>> of the
 * type `tipe` with `jumlah_baris` rows of `kolom` elements each.  NULL when
 * its type or shape is another. */
static uno_Sequence *const *
rentang_hasil(const uno_Any *h, typelib_TypeDescriptionReference *tipe,
              sal_Int32 jumlah_baris, sal_Int32 kolom)
{
    if (!typelib_typedescriptionreference_equals(h->pType, tipe))
        return NULL;
    const uno_Sequence *luar = *(uno_Sequence *const *)h->pData;
    if (luar->nElements != jumlah_baris)
        return NULL;
    uno_Sequence *const *baris =
        (uno_Sequence *const *)(const void *)luar->elements;
    for (sal_Int32 r = 0; r < jumlah_baris; r++)
        if (baris[r]->nElements != kolom)
            return NULL;
    return baris;
}

/* Element k of row r of a [][]double result (numbers and errors only). */
static double unsur_double(uno_Sequence *const *baris, sal_Int32 r, sal_Int32 k)
{
    return ((const double *)(const void *)baris[r]->elements)[k];
}

/* Element k of row r of a [][]any result. */
static const uno_Any *unsur_any(uno_Sequence *const *baris, sal_Int32 r,
                                sal_Int32 k)
{
    return &((const uno_Any *)(const void *)baris[r]->elements)[k];
}

static bool any_adalah_teks(const uno_Any *a, const char *harapan)
{
    if (a->pType->eTypeClass != typelib_TypeClass_STRING)
        return false;
    const rtl_uString *u = *(rtl_uString *const *)a->pData;
    return rtl_ustr_ascii_compare_WithLength(u->buffer, u->length, harapan) ==
           0;
}

/* --- the cases ---------------------------------------------------------- */

static uno_Interface *uji_pabrik(void)
{
    const char *lingkungan = NULL;
    uno_Environment *env = NULL;
    component_getImplementationEnvironment(&lingkungan, &env);
    PERIKSA(lingkungan != NULL && strcmp(lingkungan, "uno") == 0);
    PERIKSA(env == NULL);

    PERIKSA(component_getFactory("id.kinerja.Lain", NULL, NULL) == NULL);
    PERIKSA(component_getFactory(NULL, NULL, NULL) == NULL);
    uno_Interface *pabrik =
        component_getFactory(KINERJA_IMPLEMENTATION_NAME, NULL, NULL);
    PERIKSA(pabrik != NULL);
    return pabrik;
}

static void uji_query_interface(uno_Interface *i, const char *nama,
                                bool didukung)
{
    metode_uji m;
    jembatan_metode_isi(&m, "com.sun.star.uno.XInterface::queryInterface",
                        typelib_TypeClass_ANY, 1, typelib_TypeClass_TYPE);
    typelib_TypeDescriptionReference *diminta = NULL;
    typelib_typedescriptionreference_newByAsciiName(
        &diminta, typelib_TypeClass_INTERFACE, nama);
    void *argumen[] = {&diminta};
    uno_Any hasil;
    PERIKSA(!panggil(i, &m, &hasil, argumen));
    if (didukung)
        PERIKSA(hasil.pType->eTypeClass == typelib_TypeClass_INTERFACE &&
                *(uno_Interface **)hasil.pData == i);
    else
        PERIKSA(hasil.pType->eTypeClass == typelib_TypeClass_VOID);
    uno_any_destruct(&hasil, NULL); /* releases the reference it held */
    typelib_typedescriptionreference_release(diminta);
    jembatan_metode_bebas(&m);
}

static void uji_service_info(uno_Interface *i)
{
    metode_uji m;
    rtl_uString *s = NULL;

    jembatan_metode_isi(&m,
                        "com.sun.star.lang.XServiceInfo::getImplementationName",
                        typelib_TypeClass_STRING, 0, typelib_TypeClass_VOID);
    PERIKSA(!panggil(i, &m, &s, NULL));
    PERIKSA(rtl_ustr_ascii_compare_WithLength(
                s->buffer, s->length, KINERJA_IMPLEMENTATION_NAME) == 0);
    rtl_uString_release(s);
    jembatan_metode_bebas(&m);

    jembatan_metode_isi(&m, "com.sun.star.lang.XServiceInfo::supportsService",
                        typelib_TypeClass_BOOLEAN, 1, typelib_TypeClass_STRING);
    const char *nama[] = {KINERJA_SERVICE_NAME, "com.sun.star.sheet.AddIn"};
    for (int k = 0; k < 2; k++) {
        s = NULL;
        rtl_uString_newFromAscii(&s, nama[k]);
        void *argumen[] = {&s};
        sal_Bool ya = 7;
        PERIKSA(!panggil(i, &m, &ya, argumen));
        PERIKSA(ya == (k == 0));
        rtl_uString_release(s);
    }
    jembatan_metode_bebas(&m);

    typelib_TypeDescriptionReference *urutan_string = NULL;
    typelib_static_sequence_type_init(&urutan_string,
                                      jembatan_tipe(typelib_TypeClass_STRING));
    jembatan_metode_isi(
        &m, "com.sun.star.lang.XServiceInfo::getSupportedServiceNames",
        typelib_TypeClass_SEQUENCE, 0, typelib_TypeClass_VOID);
    uno_Sequence *layanan = NULL;
    PERIKSA(!panggil(i, &m, &layanan, NULL));
    PERIKSA(layanan->nElements == 1);
    s = ((rtl_uString **)(void *)layanan->elements)[0];
    PERIKSA(rtl_ustr_ascii_compare_WithLength(s->buffer, s->length,
                                              KINERJA_SERVICE_NAME) == 0);
    uno_type_destructData(&layanan, urutan_string, NULL);
    jembatan_metode_bebas(&m);
}

static uno_Interface *buat_objek(uno_Interface *pabrik, const char *metode)
{
    metode_uji m;
    char nama[128];
    snprintf(nama, sizeof(nama),
             "com.sun.star.lang.XSingleComponentFactory::%s", metode);
    jembatan_metode_isi(&m, nama, typelib_TypeClass_INTERFACE, 1,
                        typelib_TypeClass_INTERFACE);
    uno_Interface *konteks = NULL;
    void *argumen[] = {&konteks, &konteks};
    uno_Interface *objek = NULL;
    PERIKSA(!panggil(pabrik, &m, &objek, argumen));
    jembatan_metode_bebas(&m);
    return objek;
}

static void uji_siklus_hidup(uno_Interface *pabrik)
{
    /* One instance per create; each freed at its last release. */
    for (int n = 0; n < 5000; n++) {
        uno_Interface *a = buat_objek(pabrik, "createInstanceWithContext");
        uno_Interface *b =
            buat_objek(pabrik, "createInstanceWithArgumentsAndContext");
        PERIKSA(a != NULL && b != NULL && a != b);
        if (a == NULL || b == NULL)
            return;
        a->acquire(a);
        a->release(a);
        uji_query_interface(a, "com.sun.star.uno.XInterface", true);
        uji_query_interface(b, KINERJA_INTERFACE_NAME, true);
        a->release(a);
        b->release(b);
    }

    /* acquire and release through the dispatcher, as a remote bridge may */
    uno_Interface *o = buat_objek(pabrik, "createInstanceWithContext");
    metode_uji m;
    jembatan_metode_isi(&m, "com.sun.star.uno.XInterface::acquire",
                        typelib_TypeClass_VOID, 0, typelib_TypeClass_VOID);
    PERIKSA(!panggil(o, &m, NULL, NULL));
    jembatan_metode_bebas(&m);
    o->release(o);
    jembatan_metode_isi(&m, "com.sun.star.uno.XInterface::release",
                        typelib_TypeClass_VOID, 0, typelib_TypeClass_VOID);
    PERIKSA(!panggil(o, &m, NULL, NULL)); /* the last reference: freed */
    jembatan_metode_bebas(&m);
}

static void uji_type_provider(uno_Interface *o)
{
    typelib_TypeDescriptionReference *urutan_tipe = NULL;
    typelib_static_sequence_type_init(&urutan_tipe,
                                      jembatan_tipe(typelib_TypeClass_TYPE));
    metode_uji m;
    jembatan_metode_isi(&m, "com.sun.star.lang.XTypeProvider::getTypes",
                        typelib_TypeClass_SEQUENCE, 0, typelib_TypeClass_VOID);
    uno_Sequence *jenis = NULL;
    PERIKSA(!panggil(o, &m, &jenis, NULL));
    PERIKSA(jenis->nElements == 3);
    const char *harapan[] = {KINERJA_INTERFACE_NAME,
                             "com.sun.star.lang.XTypeProvider",
                             "com.sun.star.lang.XServiceInfo"};
    typelib_TypeDescriptionReference **t =
        (typelib_TypeDescriptionReference **)(void *)jenis->elements;
    for (sal_Int32 k = 0; k < jenis->nElements && k < 3; k++)
        PERIKSA(rtl_ustr_ascii_compare_WithLength(t[k]->pTypeName->buffer,
                                                  t[k]->pTypeName->length,
                                                  harapan[k]) == 0);
    uno_type_destructData(&jenis, urutan_tipe, NULL);
    jembatan_metode_bebas(&m);

    typelib_TypeDescriptionReference *urutan_byte = NULL;
    typelib_static_sequence_type_init(&urutan_byte,
                                      jembatan_tipe(typelib_TypeClass_BYTE));
    jembatan_metode_isi(&m,
                        "com.sun.star.lang.XTypeProvider::getImplementationId",
                        typelib_TypeClass_SEQUENCE, 0, typelib_TypeClass_VOID);
    uno_Sequence *id = NULL;
    PERIKSA(!panggil(o, &m, &id, NULL));
    PERIKSA(id->nElements == 0);
    uno_type_destructData(&id, urutan_byte, NULL);
    jembatan_metode_bebas(&m);
}

/* Calls method `nama` of the function interface with `n` any arguments
 * (destructed afterwards); *hasil receives the result. */
static void fungsi(uno_Interface *o, const char *nama, uno_Any *arg,
                   sal_Int32 n, uno_Any *hasil)
{
    char penuh[128];
    snprintf(penuh, sizeof(penuh), "%s::%s", KINERJA_INTERFACE_NAME, nama);
    metode_uji m;
    jembatan_metode_isi(&m, penuh, typelib_TypeClass_ANY, n,
                        typelib_TypeClass_ANY);
    void *argumen[FUNGSI_ARGUMEN_MAKS];
    for (sal_Int32 k = 0; k < n; k++)
        argumen[k] = &arg[k];
    PERIKSA(!panggil(o, &m, hasil, argumen));
    for (sal_Int32 k = 0; k < n; k++)
        uno_any_destruct(&arg[k], NULL);
    jembatan_metode_bebas(&m);
}

static void uji_fungsi(uno_Interface *o)
{
    uno_Any a[3], h;

    /* the seed: 4.16 / 3.75 -> 110.93 */
    jembatan_any_angka(&a[0], 3.75);
    jembatan_any_angka(&a[1], 4.16);
    jembatan_any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_angka(&h, 4.16 / 3.75 * 100));
    uno_any_destruct(&h, NULL);

    /* errors travel as NaN payloads: #DIV/0!, #VALUE!, Err:502 */
    jembatan_any_angka(&a[0], 0);
    jembatan_any_angka(&a[1], 4);
    jembatan_any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_galat(&h, 532));
    uno_any_destruct(&h, NULL);

    jembatan_any_teks(&a[0], "abc");
    jembatan_any_angka(&a[1], 4);
    jembatan_any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_galat(&h, 519));
    uno_any_destruct(&h, NULL);

    jembatan_any_angka(&a[0], 3); /* a required argument omitted */
    jembatan_any_kosong(&a[1]);
    jembatan_any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_galat(&h, 502));
    uno_any_destruct(&h, NULL);

    /* empty text is a blank result */
    jembatan_any_angka(&a[0], 3);
    jembatan_any_teks(&a[1], "");
    jembatan_any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_teks(&h, ""));
    uno_any_destruct(&h, NULL);

    /* an argument of a type Calc never passes: the whole call is Err:502 */
    sal_Int32 bulat = 4;
    jembatan_any_angka(&a[0], 3);
    uno_type_any_construct(&a[1], &bulat, jembatan_tipe(typelib_TypeClass_LONG),
                           NULL);
    jembatan_any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_galat(&h, 502));
    uno_any_destruct(&h, NULL);

    /* text arguments (any case), text results */
    jembatan_any_angka(&a[0], 110.93);
    jembatan_any_teks(&a[1], "berhasil");
    fungsi(o, "KATEGORI", a, 2, &h);
    PERIKSA(any_adalah_teks(&h, "Sangat Berhasil"));
    uno_any_destruct(&h, NULL);

    /* ranges give ranges of the same shape */
    const double target[] = {3.75, 2.60, 0.0};
    const double realisasi[] = {4.16, 2.73, 5.0};
    any_rentang(&a[0], target, 3, 1, 1);
    any_rentang(&a[1], realisasi, 3, 1, 1);
    jembatan_any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    /* numbers and errors only: [][]double, errors as NaN payloads */
    uno_Sequence *const *baris =
        rentang_hasil(&h, tipe_urutan_urutan(typelib_TypeClass_DOUBLE), 3, 1);
    PERIKSA(baris != NULL);
    if (baris != NULL) {
        PERIKSA(fabs(unsur_double(baris, 0, 0) - 4.16 / 3.75 * 100) < 1e-9);
        PERIKSA(fabs(unsur_double(baris, 1, 0) - 2.73 / 2.60 * 100) < 1e-9);
        PERIKSA(double_adalah_galat(unsur_double(baris, 2, 0), 532));
    }
    uno_any_destruct(&h, NULL);

    /* numbers and blanks together: [][]any, each element either */
    const double realisasi_kosong[] = {4.16, 2.73, 5.0};
    any_rentang(&a[0], target, 3, 1, 1);
    any_kolom_kosong_di(&a[1], realisasi_kosong, 3, 1);
    jembatan_any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    baris = rentang_hasil(&h, tipe_urutan_urutan(typelib_TypeClass_ANY), 3, 1);
    PERIKSA(baris != NULL);
    if (baris != NULL) {
        PERIKSA(any_adalah_angka(unsur_any(baris, 0, 0), 4.16 / 3.75 * 100));
        PERIKSA(any_adalah_teks(unsur_any(baris, 1, 0), ""));
        PERIKSA(any_adalah_galat(unsur_any(baris, 2, 0), 532));
    }
    uno_any_destruct(&h, NULL);

    /* an all-text range result is [][]string, which Calc interns so that
     * its labels compare equal to text */
    const double nilai[] = {110.93, 50.0};
    any_rentang(&a[0], nilai, 1, 2, 2);
    jembatan_any_teks(&a[1], "BERHASIL");
    fungsi(o, "KATEGORI", a, 2, &h);
    baris =
        rentang_hasil(&h, tipe_urutan_urutan(typelib_TypeClass_STRING), 1, 2);
    PERIKSA(baris != NULL);
    if (baris != NULL) {
        rtl_uString *const *label =
            (rtl_uString *const *)(const void *)baris[0]->elements;
        PERIKSA(rtl_ustr_ascii_compare_WithLength(label[0]->buffer,
                                                  label[0]->length,
                                                  "Sangat Berhasil") == 0);
        PERIKSA(rtl_ustr_ascii_compare_WithLength(label[1]->buffer,
                                                  label[1]->length,
                                                  "Kurang Berhasil") == 0);
    }
    uno_any_destruct(&h, NULL);

    /* ragged rows and mismatched shapes are argument errors */
    const double petak[] = {1, 2, 3, 4};
    any_rentang(&a[0], petak, 2, 2, 1);
    jembatan_any_angka(&a[1], 1);
    fungsi(o, "SERAPAN", a, 2, &h);
    PERIKSA(any_adalah_galat(&h, 502));
    uno_any_destruct(&h, NULL);

    any_rentang(&a[0], petak, 2, 2, 2);
    any_rentang(&a[1], petak, 1, 2, 2);
    fungsi(o, "SERAPAN", a, 2, &h);
    PERIKSA(any_adalah_galat(&h, 502));
    uno_any_destruct(&h, NULL);
}

/* Calls that cannot be answered fail as a RuntimeException, never by
 * reading arguments that are not there. */
static void uji_panggilan_salah(uno_Interface *o)
{
    metode_uji m;
    uno_Any hasil;

    jembatan_metode_isi(&m, "id.kinerja.XLain::bukanMetode",
                        typelib_TypeClass_ANY, 0, typelib_TypeClass_VOID);
    PERIKSA(panggil(o, &m, &hasil, NULL));
    jembatan_metode_bebas(&m);

    /* a method description that does not match the table */
    uno_Any a;
    jembatan_any_angka(&a, 1);
    void *argumen[] = {&a, &a};
    jembatan_metode_isi(&m, KINERJA_INTERFACE_NAME "::CAPAIAN",
                        typelib_TypeClass_ANY, 2, typelib_TypeClass_ANY);
    PERIKSA(panggil(o, &m, &hasil, argumen));
    jembatan_metode_bebas(&m);
    jembatan_metode_isi(&m, KINERJA_INTERFACE_NAME "::SERAPAN",
                        typelib_TypeClass_DOUBLE, 2, typelib_TypeClass_ANY);
    PERIKSA(panggil(o, &m, &hasil, argumen));
    jembatan_metode_bebas(&m);
    uno_any_destruct(&a, NULL);

    /* a known name with a description that does not fit it */
    jembatan_metode_isi(&m, "com.sun.star.uno.XInterface::queryInterface",
                        typelib_TypeClass_ANY, 0, typelib_TypeClass_VOID);
    PERIKSA(panggil(o, &m, &hasil, NULL));
    jembatan_metode_bebas(&m);
    jembatan_metode_isi(&m, "com.sun.star.lang.XServiceInfo::supportsService",
                        typelib_TypeClass_BOOLEAN, 0, typelib_TypeClass_VOID);
    PERIKSA(panggil(o, &m, &hasil, NULL));
    jembatan_metode_bebas(&m);

    /* not a method at all */
    jembatan_metode_isi(&m, KINERJA_INTERFACE_NAME "::CAPAIAN",
                        typelib_TypeClass_ANY, 0, typelib_TypeClass_VOID);
    m.td.aBase.aBase.eTypeClass = typelib_TypeClass_INTERFACE_ATTRIBUTE;
    PERIKSA(panggil(o, &m, &hasil, NULL));
    jembatan_metode_bebas(&m);

    /* an inherited member's decorated name */
    jembatan_metode_isi(&m,
                        "com.sun.star.uno.XInterface::queryInterface:@0,3:"
                        "id.kinerja.XFungsi",
                        typelib_TypeClass_ANY, 1, typelib_TypeClass_TYPE);
    typelib_TypeDescriptionReference *diminta = NULL;
    typelib_typedescriptionreference_newByAsciiName(
        &diminta, typelib_TypeClass_INTERFACE,
        "com.sun.star.lang.XServiceInfo");
    void *arg_qi[] = {&diminta};
    PERIKSA(!panggil(o, &m, &hasil, arg_qi));
    PERIKSA(hasil.pType->eTypeClass == typelib_TypeClass_INTERFACE);
    uno_any_destruct(&hasil, NULL);
    typelib_typedescriptionreference_release(diminta);
    jembatan_metode_bebas(&m);
}

/* --- every function, every kind of argument ------------------------------- */

/* The argument kinds dispatched to every parameter of every function. */
enum varian {
    V_ANGKA,           /* a plain number, 4 */
    V_NOL,             /* 0: also what a lone empty cell arrives as */
    V_NOL_NEGATIF,     /* -0 */
    V_NAN,             /* a NaN no Calc cell passes, with a payload */
    V_TAK_HINGGA,      /* +inf */
    V_SUBNORMAL,       /* 5e-324 */
    V_BESAR,           /* 1e308 */
    V_TEKS_KOSONG,     /* "": an empty cell in a range, a formula's "" */
    V_TEKS,            /* "abc" */
    V_NAMA,            /* a name some argument knows (TURUN, SPBE, ...) */
    V_VOID,            /* an omitted argument */
    V_BOOLEAN,         /* a type Calc does not pass, but a UNO client may */
    V_LONG,            /* a type that is no cell at all */
    V_KOLOM,           /* 4 x 1 numbers */
    V_BARIS,           /* 1 x 4 numbers */
    V_PETAK_CAMPUR,    /* 2 x 3: numbers, text, empty text */
    V_SKALA,           /* 3 x 3: a custom KATEGORI scale */
    V_RENTANG_0,       /* a [][]any with no rows */
    V_RENTANG_BARIS_0, /* a [][]any with one row of no elements */
    V_PINCANG,         /* ragged rows */
    V_BERSARANG,       /* a range element that is itself a range */
    V_ELEMEN_LONG,     /* a range with a LONG element */
    V_URUTAN_SATU,     /* []any: one dimension only */
    V_URUTAN_DOUBLE,   /* [][]double: rows of the wrong element type */
    V_JUMLAH
};

/* Values that are no cell: the whole call is Err:502 (konversi.c). */
static bool varian_bukan_sel(int v)
{
    return v == V_LONG || v == V_RENTANG_0 || v == V_RENTANG_BARIS_0 ||
           v == V_PINCANG || v == V_BERSARANG || v == V_ELEMEN_LONG ||
           v == V_URUTAN_SATU || v == V_URUTAN_DOUBLE;
}

/* A range of anys already constructed in `elemen` (row-major, destructed
 * here); `kolom_akhir` != kolom makes the last row ragged. */
static void any_rentang_any(uno_Any *a, uno_Any *elemen, sal_Int32 baris,
                            sal_Int32 kolom, sal_Int32 kolom_akhir)
{
    PERIKSA(jembatan_any_dari_elemen(a, elemen, baris, kolom, kolom_akhir));
}

static double nan_muatan(uint32_t muatan)
{
    uint64_t bit = UINT64_C(0x7FF8000000000000) | muatan;
    double d;
    memcpy(&d, &bit, sizeof(d));
    return d;
}

/* The variants that are one plain number, and the number. */
static const struct {
    int varian;
    double angka;
} varian_angka[] = {
    {V_ANGKA, 4},          {V_NOL, 0},
    {V_NOL_NEGATIF, -0.0}, {V_TAK_HINGGA, INFINITY},
    {V_SUBNORMAL, 5e-324}, {V_BESAR, 1e308},
};

/* A cell of a test range: the text when teks is set, else the number. */
typedef struct sel_uji {
    double angka;
    const char *teks;
} sel_uji;

/* A baris x kolom range (at most 9 cells) of the cells `sel`, row-major. */
static void any_petak(uno_Any *a, const sel_uji *sel, sal_Int32 baris,
                      sal_Int32 kolom)
{
    uno_Any e[9];
    for (sal_Int32 i = 0; i < baris * kolom; i++) {
        if (sel[i].teks)
            jembatan_any_teks(&e[i], sel[i].teks);
        else
            jembatan_any_angka(&e[i], sel[i].angka);
    }
    any_rentang_any(a, e, baris, kolom, kolom);
}

/* V_PETAK_CAMPUR: numbers, an empty text, texts. */
static const sel_uji petak_campur[6] = {
    {3.75, NULL}, {0, ""}, {0, "x"}, {0, NULL}, {90.005, NULL}, {0, "TURUN"}};

/* V_SKALA: a KATEGORI scale of three bands (bound, label, comparison). */
static const sel_uji petak_skala[9] = {
    {0, NULL},  {0, "Kurang"},      {0, ""},  {70, NULL}, {0, "Baik"}, {0, ">"},
    {85, NULL}, {0, "Sangat Baik"}, {0, ">="}};

static void buat_varian(uno_Any *a, int v, size_t pilih)
{
    static const char *const nama[] = {"TURUN",  "SELISIH", "SPBE",
                                       "PEMDI",  "AKHIR",   "berhasil",
                                       "JUMLAH", "naik",    "RASIO"};
    static const double angka[] = {1, 2, 3, 4};
    uno_Any e[9];
    sal_Bool ya = 1;
    sal_Int32 bulat = 4;
    for (size_t i = 0; i < sizeof varian_angka / sizeof varian_angka[0]; i++)
        if (varian_angka[i].varian == v) {
            jembatan_any_angka(a, varian_angka[i].angka);
            return;
        }
    switch (v) {
    case V_NAN:
        jembatan_any_angka(a, nan_muatan(0x12345));
        break;
    case V_TEKS_KOSONG:
        jembatan_any_teks(a, "");
        break;
    case V_TEKS:
        jembatan_any_teks(a, "abc");
        break;
    case V_NAMA:
        jembatan_any_teks(a, nama[pilih % (sizeof(nama) / sizeof(nama[0]))]);
        break;
    case V_VOID:
        jembatan_any_kosong(a);
        break;
    case V_BOOLEAN:
        uno_type_any_construct(a, &ya, jembatan_tipe(typelib_TypeClass_BOOLEAN),
                               NULL);
        break;
    case V_LONG:
        uno_type_any_construct(a, &bulat, jembatan_tipe(typelib_TypeClass_LONG),
                               NULL);
        break;
    case V_KOLOM:
        any_rentang(a, angka, 4, 1, 1);
        break;
    case V_BARIS:
        any_rentang(a, angka, 1, 4, 4);
        break;
    case V_PETAK_CAMPUR:
        any_petak(a, petak_campur, 2, 3);
        break;
    case V_SKALA:
        any_petak(a, petak_skala, 3, 3);
        break;
    case V_RENTANG_0:
        any_rentang_any(a, e, 0, 0, 0);
        break;
    case V_RENTANG_BARIS_0:
        any_rentang_any(a, e, 1, 0, 0);
        break;
    case V_PINCANG:
        any_rentang(a, angka, 2, 2, 1);
        break;
    case V_BERSARANG:
        jembatan_any_angka(&e[0], 1);
        any_rentang(&e[1], angka, 2, 1, 1);
        any_rentang_any(a, e, 1, 2, 2);
        break;
    case V_ELEMEN_LONG:
        jembatan_any_angka(&e[0], 1);
        uno_type_any_construct(&e[1], &bulat,
                               jembatan_tipe(typelib_TypeClass_LONG), NULL);
        any_rentang_any(a, e, 1, 2, 2);
        break;
    case V_URUTAN_SATU: {
        for (int i = 0; i < 3; i++)
            jembatan_any_angka(&e[i], angka[i]);
        uno_Sequence *urutan = NULL;
        uno_type_sequence_construct(&urutan, tipe_urutan(typelib_TypeClass_ANY),
                                    e, 3, NULL);
        for (int i = 0; i < 3; i++)
            uno_any_destruct(&e[i], NULL);
        uno_type_any_construct(a, &urutan, tipe_urutan(typelib_TypeClass_ANY),
                               NULL);
        uno_type_destructData(&urutan, tipe_urutan(typelib_TypeClass_ANY),
                              NULL);
        break;
    }
    case V_URUTAN_DOUBLE: {
        static typelib_TypeDescriptionReference *baris_d, *petak_d;
        typelib_static_sequence_type_init(
            &baris_d, jembatan_tipe(typelib_TypeClass_DOUBLE));
        typelib_static_sequence_type_init(&petak_d, baris_d);
        uno_Sequence *isi[2] = {NULL, NULL};
        for (int r = 0; r < 2; r++)
            uno_type_sequence_construct(&isi[r], baris_d, (void *)&angka[2 * r],
                                        2, NULL);
        uno_Sequence *luar = NULL;
        uno_type_sequence_construct(&luar, petak_d, isi, 2, NULL);
        for (int r = 0; r < 2; r++)
            uno_type_destructData(&isi[r], baris_d, NULL);
        uno_type_any_construct(a, &luar, petak_d, NULL);
        uno_type_destructData(&luar, petak_d, NULL);
        break;
    }
    default:
        jembatan_any_kosong(a);
        break;
    }
}

typedef struct tally {
    unsigned angka, teks, rentang, galat[4], lain;
} tally;

/* A number Calc can show, or an error it knows (its NaN payload). */
static bool double_sah(double d, tally *t)
{
    if (!isnan(d)) {
        if (t)
            t->angka++;
        return isfinite(d);
    }
    uint64_t bit;
    memcpy(&bit, &d, sizeof(bit));
    static const uint32_t kode[4] = {502, 519, 532, 32767};
    for (int i = 0; i < 4; i++)
        if ((uint32_t)(bit & 0xFFFFFFFFu) == kode[i]) {
            if (t)
                t->galat[i]++;
            return true;
        }
    return false;
}

/* Whether `h` is a result a Calc cell (or an array formula) can hold. */
static bool hasil_sah(const uno_Any *h, tally *t)
{
    switch (h->pType->eTypeClass) {
    case typelib_TypeClass_DOUBLE:
        return double_sah(*(const double *)h->pData, t);
    case typelib_TypeClass_STRING:
        if (t)
            t->teks++;
        return true;
    case typelib_TypeClass_SEQUENCE:
        break;
    default:
        return false;
    }
    bool teks = typelib_typedescriptionreference_equals(
        h->pType, tipe_urutan_urutan(typelib_TypeClass_STRING));
    bool angka = typelib_typedescriptionreference_equals(
        h->pType, tipe_urutan_urutan(typelib_TypeClass_DOUBLE));
    if (!teks && !angka &&
        !typelib_typedescriptionreference_equals(
            h->pType, tipe_urutan_urutan(typelib_TypeClass_ANY)))
        return false;
    if (t)
        t->rentang++;
    const uno_Sequence *luar = *(uno_Sequence *const *)h->pData;
    if (luar->nElements <= 0)
        return false;
    const uno_Sequence *const *baris =
        (const uno_Sequence *const *)(const void *)luar->elements;
    sal_Int32 kolom = baris[0]->nElements;
    if (kolom <= 0)
        return false;
    for (sal_Int32 r = 0; r < luar->nElements; r++) {
        if (baris[r]->nElements != kolom)
            return false;
        if (teks)
            continue;
        if (angka) {
            const double *d = (const double *)(const void *)baris[r]->elements;
            for (sal_Int32 k = 0; k < kolom; k++)
                if (!double_sah(d[k], NULL))
                    return false;
            continue;
        }
        const uno_Any *e = (const uno_Any *)(const void *)baris[r]->elements;
        for (sal_Int32 k = 0; k < kolom; k++) {
            typelib_TypeClass c = e[k].pType->eTypeClass;
            if (c == typelib_TypeClass_DOUBLE) {
                if (!double_sah(*(const double *)e[k].pData, NULL))
                    return false;
            } else if (c != typelib_TypeClass_STRING) {
                return false;
            }
        }
    }
    return true;
}

/* Every combination of the kinds above for every parameter of every row
 * of the table: never an exception, never a crash or leak (ASan, LSan),
 * always a cell value; a value that is no cell makes the call Err:502. */
static void uji_semua_varian(uno_Interface *o)
{
    tally t;
    memset(&t, 0, sizeof(t));
    unsigned panggilan = 0;
    for (size_t baris = 0; baris < fungsi_jumlah; baris++) {
        const fungsi_info *f = &fungsi_tabel[baris];
        size_t n = f->jumlah_argumen;
        size_t kombinasi = 1;
        for (size_t k = 0; k < n; k++)
            kombinasi *= V_JUMLAH;
        for (size_t c = 0; c < kombinasi; c++) {
            uno_Any a[FUNGSI_ARGUMEN_MAKS], h;
            int v[FUNGSI_ARGUMEN_MAKS];
            bool bukan_sel = false;
            size_t sisa = c;
            for (size_t k = 0; k < n; k++) {
                v[k] = (int)(sisa % V_JUMLAH);
                sisa /= V_JUMLAH;
                buat_varian(&a[k], v[k], baris * 4 + k);
                bukan_sel = bukan_sel || varian_bukan_sel(v[k]);
            }
            int sebelum = gagal;
            fungsi(o, f->nama, a, (sal_Int32)n, &h);
            panggilan++;
            PERIKSA(hasil_sah(&h, &t));
            if (bukan_sel)
                PERIKSA(any_adalah_galat(&h, 502));
            if (gagal != sebelum) {
                fprintf(stderr, "  in %s(", f->nama);
                for (size_t k = 0; k < n; k++)
                    fprintf(stderr, "%s%d", k ? ";" : "", v[k]);
                fprintf(stderr, ") [argument kinds, enum varian]\n");
            }
            uno_any_destruct(&h, NULL);
        }
    }
    printf("test_komponen: %u calls over %zu functions x %d argument kinds: "
           "%u numbers, %u texts, %u arrays, errors 502:%u 519:%u 532:%u "
           "N/A:%u\n",
           panggilan, fungsi_jumlah, V_JUMLAH, t.angka, t.teks, t.rentang,
           t.galat[0], t.galat[1], t.galat[2], t.galat[3]);
}

/* One known-good call per row of the table, with the documented result;
 * a new row without one here fails the test. */
static void uji_setiap_fungsi_baik(uno_Interface *o)
{
    static const double empat[] = {4, 3, 2, 1};
    static const double bobot[] = {13, 25, 16.5, 45.5};
    static const double rincian[] = {16705000, 15300370, 20760750, 905000,
                                     29877116};
    static const double triwulan[] = {1, 2, 3, 4};
    const char *diuji[16];
    size_t jumlah_diuji = 0;
    uno_Any a[3], h;

    jembatan_any_angka(&a[0], 3.75);
    jembatan_any_angka(&a[1], 4.16);
    jembatan_any_teks(&a[2], "naik");
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_angka(&h, 4.16 / 3.75 * 100));
    uno_any_destruct(&h, NULL);
    diuji[jumlah_diuji++] = "CAPAIAN";

    jembatan_any_angka(&a[0], 4000000);
    jembatan_any_angka(&a[1], 905000);
    fungsi(o, "SERAPAN", a, 2, &h);
    PERIKSA(any_adalah_angka(&h, 22.625));
    uno_any_destruct(&h, NULL);
    diuji[jumlah_diuji++] = "SERAPAN";

    jembatan_any_angka(&a[0], 110.93);
    jembatan_any_angka(&a[1], 96.25);
    jembatan_any_teks(&a[2], "SELISIH");
    fungsi(o, "EFISIENSI", a, 3, &h);
    PERIKSA(any_adalah_angka(&h, 110.93 - 96.25));
    uno_any_destruct(&h, NULL);
    diuji[jumlah_diuji++] = "EFISIENSI";

    jembatan_any_angka(&a[0],
                       4.195); /* shows as 4,20: Memuaskan (docs/aturan.md) */
    jembatan_any_teks(&a[1], "SPBE");
    fungsi(o, "KATEGORI", a, 2, &h);
    PERIKSA(any_adalah_teks(&h, "Memuaskan"));
    uno_any_destruct(&h, NULL);
    diuji[jumlah_diuji++] = "KATEGORI";

    any_rentang(&a[0], empat, 4, 1, 1);
    any_rentang(&a[1], bobot, 4, 1, 1);
    jembatan_any_kosong(&a[2]);
    fungsi(o, "INDEKS_SPBE", a, 3, &h);
    PERIKSA(any_adalah_angka(&h, (4 * 13 + 3 * 25 + 2 * 16.5 + 45.5) / 100));
    uno_any_destruct(&h, NULL);
    diuji[jumlah_diuji++] = "INDEKS_SPBE";

    /* Tabel 3.5: Administrasi Umum printed 81.487.214, its sub kegiatan
     * sum to 83.548.236 (docs/laporan-contoh.md). */
    jembatan_any_angka(&a[0], 81487214);
    any_rentang(&a[1], rincian, 5, 1, 1);
    fungsi(o, "SELISIH_RINCIAN", a, 2, &h);
    PERIKSA(any_adalah_angka(&h, -2061022));
    uno_any_destruct(&h, NULL);
    diuji[jumlah_diuji++] = "SELISIH_RINCIAN";

    jembatan_any_angka(&a[0], 100);
    jembatan_any_angka(&a[1], 101);
    fungsi(o, "CEK_ANGGARAN", a, 2, &h);
    PERIKSA(any_adalah_teks(&h, "Melebihi pagu"));
    uno_any_destruct(&h, NULL);
    diuji[jumlah_diuji++] = "CEK_ANGGARAN";

    /* a range in gives a range out: one row, one result */
    any_rentang(&a[0], triwulan, 1, 4, 4);
    jembatan_any_teks(&a[1], "JUMLAH");
    fungsi(o, "REKAP_TRIWULAN", a, 2, &h);
    uno_Sequence *const *baris =
        rentang_hasil(&h, tipe_urutan_urutan(typelib_TypeClass_DOUBLE), 1, 1);
    PERIKSA(baris != NULL);
    if (baris != NULL)
        PERIKSA(fabs(unsur_double(baris, 0, 0) - 10) < 1e-9);
    uno_any_destruct(&h, NULL);
    diuji[jumlah_diuji++] = "REKAP_TRIWULAN";

    for (size_t i = 0; i < fungsi_jumlah; i++) {
        bool ada = false;
        for (size_t j = 0; j < jumlah_diuji; j++)
            ada = ada || strcmp(diuji[j], fungsi_tabel[i].nama) == 0;
        if (!ada)
            fprintf(stderr, "no known-good call for %s in test_komponen.c\n",
                    fungsi_tabel[i].nama);
        PERIKSA(ada);
    }
}

/* --- threads ---------------------------------------------------------------
 * Calc calls an add-in from one thread, but any UNO client may call from
 * many.  8 threads x 10 000 calls: through one shared object, through
 * objects each thread creates and releases, and acquire/release of the
 * shared object racing with its calls.  Every result is checked. */

#define BENANG 8
#define PANGGILAN_PER_BENANG 10000

typedef struct kerja_benang {
    uno_Interface *pabrik;
    uno_Interface *bersama;
    unsigned nomor;
} kerja_benang;

static const char *label_tingkat(double v)
{
    return v > 90   ? "Sangat Tinggi"
           : v > 75 ? "Tinggi"
           : v > 65 ? "Sedang"
           : v > 50 ? "Rendah"
                    : "Sangat Rendah";
}

static void *benang_kerja(void *p)
{
    const kerja_benang *k = p;
    uno_Interface *o = k->bersama;
    for (unsigned i = 0; i < PANGGILAN_PER_BENANG; i++) {
        unsigned x = i * BENANG + k->nomor;
        uno_Any a[3], h;
        switch (x % 5) {
        case 0: {
            double t = 1 + x % 97, r = x % 89;
            jembatan_any_angka(&a[0], t);
            jembatan_any_angka(&a[1], r);
            jembatan_any_kosong(&a[2]);
            fungsi(o, "CAPAIAN", a, 3, &h);
            PERIKSA(h.pType->eTypeClass == typelib_TypeClass_DOUBLE &&
                    *(const double *)h.pData == r / t * 100.0);
            uno_any_destruct(&h, NULL);
            break;
        }
        case 1: {
            double v = x % 101;
            jembatan_any_angka(&a[0], v);
            jembatan_any_kosong(&a[1]);
            fungsi(o, "KATEGORI", a, 2, &h);
            PERIKSA(any_adalah_teks(&h, label_tingkat(v)));
            uno_any_destruct(&h, NULL);
            break;
        }
        case 2: {
            const double pagu[] = {4000000, x, 0};
            const double realisasi[] = {905000, x / 2, 1};
            any_rentang(&a[0], pagu, 3, 1, 1);
            any_rentang(&a[1], realisasi, 3, 1, 1);
            fungsi(o, "SERAPAN", a, 2, &h);
            uno_Sequence *const *baris = rentang_hasil(
                &h, tipe_urutan_urutan(typelib_TypeClass_DOUBLE), 3, 1);
            PERIKSA(baris != NULL);
            if (baris != NULL) {
                PERIKSA(fabs(unsur_double(baris, 0, 0) - 22.625) < 1e-9);
                if (x != 0)
                    PERIKSA(fabs(unsur_double(baris, 1, 0) -
                                 (double)(x / 2) / x * 100.0) < 1e-9);
                PERIKSA(double_adalah_galat(unsur_double(baris, 2, 0), 532));
            }
            uno_any_destruct(&h, NULL);
            break;
        }
        case 3:
            /* references taken and dropped while others call */
            o->acquire(o);
            uji_query_interface(o, KINERJA_INTERFACE_NAME, true);
            o->release(o);
            break;
        default: {
            uno_Interface *sendiri =
                buat_objek(k->pabrik, "createInstanceWithContext");
            PERIKSA(sendiri != NULL);
            if (sendiri == NULL)
                break;
            const double nilai[] = {4, 3, 2, 1};
            any_rentang(&a[0], nilai, 4, 1, 1);
            jembatan_any_kosong(&a[1]);
            jembatan_any_teks(&a[2], "SPBE");
            fungsi(sendiri, "INDEKS_SPBE", a, 3, &h);
            PERIKSA(any_adalah_angka(&h, (4 * 13 + 3 * 25 + 2 * 16.5 + 45.5) /
                                             100));
            uno_any_destruct(&h, NULL);
            sendiri->release(sendiri);
            break;
        }
        }
    }
    return NULL;
}

static void uji_benang(uno_Interface *pabrik)
{
    uno_Interface *o = buat_objek(pabrik, "createInstanceWithContext");
    PERIKSA(o != NULL);
    if (o == NULL)
        return;
    pthread_t id[BENANG];
    kerja_benang kerja[BENANG];
    int dimulai = 0;
    for (unsigned b = 0; b < BENANG; b++) {
        kerja[b] = (kerja_benang){pabrik, o, b};
        if (pthread_create(&id[b], NULL, benang_kerja, &kerja[b]) == 0)
            dimulai++;
    }
    PERIKSA(dimulai == BENANG);
    for (int b = 0; b < dimulai; b++)
        pthread_join(id[b], NULL);
    o->release(o); /* the last reference: freed (ASan/LSan check it) */
    printf("test_komponen: %d threads x %d calls through the dispatcher\n",
           dimulai, PANGGILAN_PER_BENANG);
}

int main(void)
{
    uno_Interface *pabrik = uji_pabrik();
    if (pabrik == NULL)
        return 1;
    uji_query_interface(pabrik, "com.sun.star.lang.XSingleComponentFactory",
                        true);
    uji_query_interface(pabrik, "com.sun.star.lang.XServiceInfo", true);
    uji_query_interface(pabrik, "com.sun.star.lang.XMultiServiceFactory",
                        false);
    uji_service_info(pabrik);
    uji_siklus_hidup(pabrik);

    uno_Interface *o = buat_objek(pabrik, "createInstanceWithContext");
    PERIKSA(o != NULL);
    if (o != NULL) {
        uji_query_interface(o, KINERJA_INTERFACE_NAME, true);
        uji_query_interface(o, "com.sun.star.lang.XTypeProvider", true);
        uji_query_interface(o, "com.sun.star.sheet.XAddIn", false);
        uji_service_info(o);
        uji_type_provider(o);
        uji_fungsi(o);
        uji_setiap_fungsi_baik(o);
        uji_semua_varian(o);
        uji_panggilan_salah(o);
        o->release(o);
    }
    uji_benang(pabrik);
    pabrik->release(pabrik);

    if (gagal != 0) {
        fprintf(stderr, "%d check(s) failed\n", gagal);
        return 1;
    }
    puts("test_komponen: all checks passed");
    return 0;
}
