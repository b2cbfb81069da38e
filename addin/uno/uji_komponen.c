/*
 * uji_komponen.c - the component's entry points, outside the office.
 *
 * Calls the library exactly as LibreOffice's binary-UNO bridge does:
 * component_getFactory, then uno_Interface acquire/release/pDispatcher
 * with method descriptions.  Without an office there is no type manager,
 * so the method descriptions are filled in here with the fields the
 * dispatcher reads (name, return type, parameters).  Build with
 * -DKINERJA_SANITIZE=ON to run it under AddressSanitizer and
 * UndefinedBehaviorSanitizer: thousands of create/release cycles must leave
 * no leak and no use after free.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "komponen.h"

void component_getImplementationEnvironment(const char **ppEnvTypeName,
                                            uno_Environment **ppEnv);
void *component_getFactory(const char *pImplName, void *pServiceManager,
                           void *pRegistryKey);

static int gagal;

#define PERIKSA(syarat)                                                        \
    do {                                                                       \
        if (!(syarat)) {                                                       \
            fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__,         \
                    #syarat);                                                  \
            gagal++;                                                           \
        }                                                                      \
    } while (0)

/* --- method descriptions as the bridge passes them ---------------------- */

typedef struct metode_uji {
    typelib_InterfaceMethodTypeDescription td;
    typelib_MethodParameter param[FUNGSI_ARGUMEN_MAKS];
} metode_uji;

static typelib_TypeDescriptionReference *tipe(typelib_TypeClass kelas)
{
    return *typelib_static_type_getByTypeClass(kelas);
}

static void metode_isi(metode_uji *m, const char *nama_penuh,
                       typelib_TypeClass kembali, sal_Int32 jumlah_param,
                       typelib_TypeClass jenis_param)
{
    memset(m, 0, sizeof(*m));
    typelib_TypeDescription *td = &m->td.aBase.aBase;
    td->eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
    rtl_uString_newFromAscii(&td->pTypeName, nama_penuh);
    m->td.pReturnTypeRef = tipe(kembali);
    m->td.nParams = jumlah_param;
    m->td.pParams = m->param;
    for (sal_Int32 i = 0; i < jumlah_param; i++) {
        m->param[i].pTypeRef = tipe(jenis_param);
        m->param[i].bIn = 1;
    }
}

static void metode_bebas(metode_uji *m)
{
    rtl_uString_release(m->td.aBase.aBase.pTypeName);
}

/* One call; returns whether an exception was signalled, which must be a
 * RuntimeException saying what went wrong (then `hasil` is untouched). */
static bool panggil(uno_Interface *i, metode_uji *m, void *hasil,
                    void *argumen[])
{
    uno_Any ruang_galat;
    uno_Any *galat = &ruang_galat;
    i->pDispatcher(i, &m->td.aBase.aBase, hasil, argumen, &galat);
    if (galat == NULL)
        return false;
    PERIKSA(galat == &ruang_galat);
    const rtl_uString *jenis = galat->pType->pTypeName;
    PERIKSA(rtl_ustr_ascii_compare_WithLength(
                jenis->buffer, jenis->length,
                "com.sun.star.uno.RuntimeException") == 0);
    const rtl_uString *pesan = *(rtl_uString *const *)galat->pData;
    PERIKSA(rtl_ustr_ascii_shortenedCompare_WithLength(
                pesan->buffer, pesan->length, "kinerja: ", 9) == 0);
    uno_any_destruct(galat, NULL);
    return true;
}

/* --- values ---------------------------------------------------------------
 * Constructed in place: a small value lives inside its any (pData points
 * at the any's own pReserved), so an any must never be copied by value. */

static void any_angka(uno_Any *a, double d)
{
    uno_type_any_construct(a, &d, tipe(typelib_TypeClass_DOUBLE), NULL);
}

static void any_teks(uno_Any *a, const char *s)
{
    rtl_uString *u = NULL;
    rtl_uString_newFromAscii(&u, s);
    uno_type_any_construct(a, &u, tipe(typelib_TypeClass_STRING), NULL);
    rtl_uString_release(u);
}

static void any_kosong(uno_Any *a)
{
    uno_any_construct(a, NULL, NULL, NULL);
}

/* A range of doubles, `baris` x `kolom`, row-major; kolom_akhir != kolom
 * makes the last row ragged. */
static void any_rentang(uno_Any *a, const double *nilai, sal_Int32 baris,
                        sal_Int32 kolom, sal_Int32 kolom_akhir)
{
    uno_Sequence *isi[8];
    for (sal_Int32 r = 0; r < baris; r++) {
        sal_Int32 n = r == baris - 1 ? kolom_akhir : kolom;
        uno_Any elemen[8];
        for (sal_Int32 k = 0; k < n; k++)
            any_angka(&elemen[k], nilai[r * kolom + k]);
        isi[r] = NULL;
        uno_type_sequence_construct(&isi[r], tipe_urutan_any(), elemen, n,
                                    NULL);
        for (sal_Int32 k = 0; k < n; k++)
            uno_any_destruct(&elemen[k], NULL);
    }
    uno_Sequence *luar = NULL;
    uno_type_sequence_construct(&luar, tipe_urutan_urutan_any(), isi, baris,
                                NULL);
    for (sal_Int32 r = 0; r < baris; r++)
        uno_type_destructData(&isi[r], tipe_urutan_any(), NULL);
    uno_type_any_construct(a, &luar, tipe_urutan_urutan_any(), NULL);
    uno_type_destructData(&luar, tipe_urutan_urutan_any(), NULL);
}

static bool any_adalah_angka(const uno_Any *a, double harapan)
{
    return a->pType->eTypeClass == typelib_TypeClass_DOUBLE &&
           fabs(*(const double *)a->pData - harapan) < 1e-9;
}

static bool any_adalah_galat(const uno_Any *a, uint32_t kode)
{
    if (a->pType->eTypeClass != typelib_TypeClass_DOUBLE)
        return false;
    double d = *(const double *)a->pData;
    uint64_t bit;
    memcpy(&bit, &d, sizeof(bit));
    return isnan(d) && (uint32_t)(bit & 0xFFFFFFFFu) == kode;
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
    metode_isi(&m, "com.sun.star.uno.XInterface::queryInterface",
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
    metode_bebas(&m);
}

static void uji_service_info(uno_Interface *i)
{
    metode_uji m;
    rtl_uString *s = NULL;

    metode_isi(&m, "com.sun.star.lang.XServiceInfo::getImplementationName",
               typelib_TypeClass_STRING, 0, typelib_TypeClass_VOID);
    PERIKSA(!panggil(i, &m, &s, NULL));
    PERIKSA(rtl_ustr_ascii_compare_WithLength(
                s->buffer, s->length, KINERJA_IMPLEMENTATION_NAME) == 0);
    rtl_uString_release(s);
    metode_bebas(&m);

    metode_isi(&m, "com.sun.star.lang.XServiceInfo::supportsService",
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
    metode_bebas(&m);

    typelib_TypeDescriptionReference *urutan_string = NULL;
    typelib_static_sequence_type_init(&urutan_string,
                                      tipe(typelib_TypeClass_STRING));
    metode_isi(&m, "com.sun.star.lang.XServiceInfo::getSupportedServiceNames",
               typelib_TypeClass_SEQUENCE, 0, typelib_TypeClass_VOID);
    uno_Sequence *layanan = NULL;
    PERIKSA(!panggil(i, &m, &layanan, NULL));
    PERIKSA(layanan->nElements == 1);
    s = ((rtl_uString **)(void *)layanan->elements)[0];
    PERIKSA(rtl_ustr_ascii_compare_WithLength(s->buffer, s->length,
                                              KINERJA_SERVICE_NAME) == 0);
    uno_type_destructData(&layanan, urutan_string, NULL);
    metode_bebas(&m);
}

static uno_Interface *buat_objek(uno_Interface *pabrik, const char *metode)
{
    metode_uji m;
    char nama[128];
    snprintf(nama, sizeof(nama),
             "com.sun.star.lang.XSingleComponentFactory::%s", metode);
    metode_isi(&m, nama, typelib_TypeClass_INTERFACE, 1,
               typelib_TypeClass_INTERFACE);
    uno_Interface *konteks = NULL;
    void *argumen[] = {&konteks, &konteks};
    uno_Interface *objek = NULL;
    PERIKSA(!panggil(pabrik, &m, &objek, argumen));
    metode_bebas(&m);
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
    metode_isi(&m, "com.sun.star.uno.XInterface::acquire",
               typelib_TypeClass_VOID, 0, typelib_TypeClass_VOID);
    PERIKSA(!panggil(o, &m, NULL, NULL));
    metode_bebas(&m);
    o->release(o);
    metode_isi(&m, "com.sun.star.uno.XInterface::release",
               typelib_TypeClass_VOID, 0, typelib_TypeClass_VOID);
    PERIKSA(!panggil(o, &m, NULL, NULL)); /* the last reference: freed */
    metode_bebas(&m);
}

static void uji_type_provider(uno_Interface *o)
{
    typelib_TypeDescriptionReference *urutan_tipe = NULL;
    typelib_static_sequence_type_init(&urutan_tipe,
                                      tipe(typelib_TypeClass_TYPE));
    metode_uji m;
    metode_isi(&m, "com.sun.star.lang.XTypeProvider::getTypes",
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
    metode_bebas(&m);

    typelib_TypeDescriptionReference *urutan_byte = NULL;
    typelib_static_sequence_type_init(&urutan_byte,
                                      tipe(typelib_TypeClass_BYTE));
    metode_isi(&m, "com.sun.star.lang.XTypeProvider::getImplementationId",
               typelib_TypeClass_SEQUENCE, 0, typelib_TypeClass_VOID);
    uno_Sequence *id = NULL;
    PERIKSA(!panggil(o, &m, &id, NULL));
    PERIKSA(id->nElements == 0);
    uno_type_destructData(&id, urutan_byte, NULL);
    metode_bebas(&m);
}

/* Calls method `nama` of the function interface with `n` any arguments
 * (destructed afterwards); *hasil receives the result. */
static void fungsi(uno_Interface *o, const char *nama, uno_Any *arg,
                   sal_Int32 n, uno_Any *hasil)
{
    char penuh[128];
    snprintf(penuh, sizeof(penuh), "%s::%s", KINERJA_INTERFACE_NAME, nama);
    metode_uji m;
    metode_isi(&m, penuh, typelib_TypeClass_ANY, n, typelib_TypeClass_ANY);
    void *argumen[FUNGSI_ARGUMEN_MAKS];
    for (sal_Int32 k = 0; k < n; k++)
        argumen[k] = &arg[k];
    PERIKSA(!panggil(o, &m, hasil, argumen));
    for (sal_Int32 k = 0; k < n; k++)
        uno_any_destruct(&arg[k], NULL);
    metode_bebas(&m);
}

static void uji_fungsi(uno_Interface *o)
{
    uno_Any a[3], h;

    /* the seed: 4.16 / 3.75 -> 110.93 */
    any_angka(&a[0], 3.75);
    any_angka(&a[1], 4.16);
    any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_angka(&h, 4.16 / 3.75 * 100));
    uno_any_destruct(&h, NULL);

    /* errors travel as NaN payloads: #DIV/0!, #VALUE!, Err:502 */
    any_angka(&a[0], 0);
    any_angka(&a[1], 4);
    any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_galat(&h, 532));
    uno_any_destruct(&h, NULL);

    any_teks(&a[0], "abc");
    any_angka(&a[1], 4);
    any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_galat(&h, 519));
    uno_any_destruct(&h, NULL);

    any_angka(&a[0], 3); /* a required argument omitted */
    any_kosong(&a[1]);
    any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_galat(&h, 502));
    uno_any_destruct(&h, NULL);

    /* empty text is a blank result */
    any_angka(&a[0], 3);
    any_teks(&a[1], "");
    any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_teks(&h, ""));
    uno_any_destruct(&h, NULL);

    /* an argument of a type Calc never passes: the whole call is Err:502 */
    sal_Int32 bulat = 4;
    any_angka(&a[0], 3);
    uno_type_any_construct(&a[1], &bulat, tipe(typelib_TypeClass_LONG), NULL);
    any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(any_adalah_galat(&h, 502));
    uno_any_destruct(&h, NULL);

    /* text arguments (any case), text results */
    any_angka(&a[0], 110.93);
    any_teks(&a[1], "berhasil");
    fungsi(o, "KATEGORI", a, 2, &h);
    PERIKSA(any_adalah_teks(&h, "Sangat Berhasil"));
    uno_any_destruct(&h, NULL);

    /* ranges give ranges of the same shape */
    const double target[] = {3.75, 2.60, 0.0};
    const double realisasi[] = {4.16, 2.73, 5.0};
    any_rentang(&a[0], target, 3, 1, 1);
    any_rentang(&a[1], realisasi, 3, 1, 1);
    any_kosong(&a[2]);
    fungsi(o, "CAPAIAN", a, 3, &h);
    PERIKSA(typelib_typedescriptionreference_equals(h.pType,
                                                    tipe_urutan_urutan_any()));
    if (typelib_typedescriptionreference_equals(h.pType,
                                                tipe_urutan_urutan_any())) {
        uno_Sequence *luar = *(uno_Sequence **)h.pData;
        PERIKSA(luar->nElements == 3);
        uno_Sequence **baris = (uno_Sequence **)(void *)luar->elements;
        for (sal_Int32 r = 0; r < luar->nElements; r++)
            PERIKSA(baris[r]->nElements == 1);
        if (luar->nElements == 3) {
            PERIKSA(any_adalah_angka((uno_Any *)(void *)baris[0]->elements,
                                     4.16 / 3.75 * 100));
            PERIKSA(any_adalah_angka((uno_Any *)(void *)baris[1]->elements,
                                     2.73 / 2.60 * 100));
            PERIKSA(
                any_adalah_galat((uno_Any *)(void *)baris[2]->elements, 532));
        }
    }
    uno_any_destruct(&h, NULL);

    /* an all-text range result is [][]string, which Calc interns so that
     * its labels compare equal to text */
    const double nilai[] = {110.93, 50.0};
    any_rentang(&a[0], nilai, 1, 2, 2);
    any_teks(&a[1], "BERHASIL");
    fungsi(o, "KATEGORI", a, 2, &h);
    PERIKSA(typelib_typedescriptionreference_equals(
        h.pType, tipe_urutan_urutan_string()));
    if (typelib_typedescriptionreference_equals(h.pType,
                                                tipe_urutan_urutan_string())) {
        uno_Sequence *luar = *(uno_Sequence **)h.pData;
        uno_Sequence *baris = ((uno_Sequence **)(void *)luar->elements)[0];
        rtl_uString **label = (rtl_uString **)(void *)baris->elements;
        PERIKSA(luar->nElements == 1 && baris->nElements == 2);
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
    any_angka(&a[1], 1);
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

    metode_isi(&m, "id.kinerja.XLain::bukanMetode", typelib_TypeClass_ANY, 0,
               typelib_TypeClass_VOID);
    PERIKSA(panggil(o, &m, &hasil, NULL));
    metode_bebas(&m);

    /* a method description that does not match the table */
    uno_Any a;
    any_angka(&a, 1);
    void *argumen[] = {&a, &a};
    metode_isi(&m, KINERJA_INTERFACE_NAME "::CAPAIAN", typelib_TypeClass_ANY, 2,
               typelib_TypeClass_ANY);
    PERIKSA(panggil(o, &m, &hasil, argumen));
    metode_bebas(&m);
    metode_isi(&m, KINERJA_INTERFACE_NAME "::SERAPAN", typelib_TypeClass_DOUBLE,
               2, typelib_TypeClass_ANY);
    PERIKSA(panggil(o, &m, &hasil, argumen));
    metode_bebas(&m);
    uno_any_destruct(&a, NULL);

    /* a known name with a description that does not fit it */
    metode_isi(&m, "com.sun.star.uno.XInterface::queryInterface",
               typelib_TypeClass_ANY, 0, typelib_TypeClass_VOID);
    PERIKSA(panggil(o, &m, &hasil, NULL));
    metode_bebas(&m);
    metode_isi(&m, "com.sun.star.lang.XServiceInfo::supportsService",
               typelib_TypeClass_BOOLEAN, 0, typelib_TypeClass_VOID);
    PERIKSA(panggil(o, &m, &hasil, NULL));
    metode_bebas(&m);

    /* not a method at all */
    metode_isi(&m, KINERJA_INTERFACE_NAME "::CAPAIAN", typelib_TypeClass_ANY, 0,
               typelib_TypeClass_VOID);
    m.td.aBase.aBase.eTypeClass = typelib_TypeClass_INTERFACE_ATTRIBUTE;
    PERIKSA(panggil(o, &m, &hasil, NULL));
    metode_bebas(&m);

    /* an inherited member's decorated name */
    metode_isi(&m,
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
    metode_bebas(&m);
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
        uji_panggilan_salah(o);
        o->release(o);
    }
    pabrik->release(pabrik);

    if (gagal != 0) {
        fprintf(stderr, "%d check(s) failed\n", gagal);
        return 1;
    }
    puts("uji_komponen: all checks passed");
    return 0;
}
