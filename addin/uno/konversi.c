/*
 * konversi.c - one call of a Calc function, from UNO values to the function
 * layer and back.
 *
 * Calc passes each argument of an `any` parameter as DOUBLE (numbers,
 * TRUE(), a single empty cell as 0), STRING, VOID (omitted) or, for a range
 * or inline array, sequence<sequence<any>> of rows whose elements are
 * DOUBLE or STRING (empty cells as ""); see docs/calc.md.  This file only
 * changes representation: every meaning (blanks, text in number arguments,
 * shapes, errors) is fungsi_panggil's and the kernels'.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "komponen.h"

/* --- text the argument cells point into ---------------------------------
 * SEL_TEKS cells hold UTF-8 pointers that must live until the result has
 * been converted (a result label may point into an argument: a custom
 * KATEGORI scale).  Every converted string of one call is kept here. */

typedef struct penampung_teks {
    rtl_String **isi;
    size_t jumlah;
    size_t kapasitas;
} penampung_teks;

static const char *simpan_teks(penampung_teks *p, const rtl_uString *s)
{
    if (p->jumlah == p->kapasitas) {
        size_t baru = p->kapasitas == 0 ? 8 : p->kapasitas * 2;
        if (baru > SIZE_MAX / sizeof(*p->isi))
            return NULL;
        rtl_String **isi = realloc(p->isi, baru * sizeof(*isi));
        if (isi == NULL)
            return NULL;
        p->isi = isi;
        p->kapasitas = baru;
    }
    rtl_String *utf8 = NULL;
    rtl_uString2String(&utf8, s->buffer, s->length, RTL_TEXTENCODING_UTF8,
                       OUSTRING_TO_OSTRING_CVTFLAGS);
    if (utf8 == NULL)
        return NULL;
    p->isi[p->jumlah++] = utf8;
    return utf8->buffer;
}

static void penampung_bebas(penampung_teks *p)
{
    for (size_t i = 0; i < p->jumlah; i++)
        rtl_string_release(p->isi[i]);
    free(p->isi);
}

/* --- UNO any -> kinerja_sel / kinerja_matriks --------------------------- */

/* A value that is not a cell (an unexpected type, a nested range) makes
 * the whole call an argument error; so does memory that cannot be had. */
static kinerja_status konversi_any_ke_sel(const uno_Any *a, kinerja_sel *sel,
                                          penampung_teks *p)
{
    switch (a->pType->eTypeClass) {
    case typelib_TypeClass_DOUBLE:
        *sel = sel_angka(*(const double *)a->pData);
        return KINERJA_OK;
    case typelib_TypeClass_BOOLEAN:
        *sel = sel_angka(*(const sal_Bool *)a->pData ? 1.0 : 0.0);
        return KINERJA_OK;
    case typelib_TypeClass_VOID:
        *sel = sel_tiada();
        return KINERJA_OK;
    case typelib_TypeClass_STRING: {
        const rtl_uString *s = *(rtl_uString *const *)a->pData;
        if (s->length == 0) {
            *sel = sel_kosong();
            return KINERJA_OK;
        }
        const char *teks = simpan_teks(p, s);
        if (teks == NULL)
            return KINERJA_GALAT_MEMORI;
        *sel = sel_teks(teks);
        return KINERJA_OK;
    }
    default:
        return KINERJA_GALAT_ARGUMEN;
    }
}

static bool any_berisi_rentang(const uno_Any *a)
{
    return a->pType->eTypeClass == typelib_TypeClass_SEQUENCE &&
           typelib_typedescriptionreference_equals(
               a->pType, tipe_urutan_urutan(typelib_TypeClass_ANY));
}

/* A range: rows of equal, non-zero length.  On success m->sel is the
 * caller's to free. */
static kinerja_status konversi_rentang_ke_matriks(const uno_Any *a,
                                                  kinerja_matriks *m,
                                                  penampung_teks *p)
{
    const uno_Sequence *luar = *(uno_Sequence *const *)a->pData;
    const uno_Sequence *const *baris =
        (const uno_Sequence *const *)(const void *)luar->elements;
    if (luar->nElements <= 0 || baris[0]->nElements <= 0)
        return KINERJA_GALAT_ARGUMEN;
    size_t jumlah_baris = (size_t)luar->nElements;
    size_t jumlah_kolom = (size_t)baris[0]->nElements;
    for (size_t r = 1; r < jumlah_baris; r++)
        if ((size_t)baris[r]->nElements != jumlah_kolom)
            return KINERJA_GALAT_ARGUMEN;
    if (jumlah_baris > SIZE_MAX / sizeof(kinerja_sel) / jumlah_kolom)
        return KINERJA_GALAT_MEMORI;

    kinerja_sel *sel = malloc(jumlah_baris * jumlah_kolom * sizeof(*sel));
    if (sel == NULL)
        return KINERJA_GALAT_MEMORI;
    for (size_t r = 0; r < jumlah_baris; r++) {
        const uno_Any *elemen =
            (const uno_Any *)(const void *)baris[r]->elements;
        for (size_t k = 0; k < jumlah_kolom; k++) {
            kinerja_status st =
                konversi_any_ke_sel(&elemen[k], &sel[r * jumlah_kolom + k], p);
            if (st != KINERJA_OK) {
                free(sel);
                return st;
            }
        }
    }
    m->baris = jumlah_baris;
    m->kolom = jumlah_kolom;
    m->sel = sel;
    m->rentang = true;
    return KINERJA_OK;
}

/* One argument.  A scalar is stored in *skalar (no allocation); a range's
 * cells are allocated and freed by the caller when m->sel != skalar. */
static kinerja_status konversi_any_ke_matriks(const uno_Any *a,
                                              kinerja_matriks *m,
                                              kinerja_sel *skalar,
                                              penampung_teks *p)
{
    if (any_berisi_rentang(a))
        return konversi_rentang_ke_matriks(a, m, p);
    kinerja_status st = konversi_any_ke_sel(a, skalar, p);
    if (st == KINERJA_OK)
        *m = matriks_skalar(skalar);
    return st;
}

/* --- kinerja_sel -> UNO any --------------------------------------------- */

/* Calc reads an error from a double's NaN payload (docs/calc.md): a quiet NaN
 * whose low bits are the error code (include/formula/errorcodes.hxx). */
static double nan_galat(int kode)
{
    uint64_t bit = UINT64_C(0x7FF8000000000000) | (uint32_t)kode;
    double d;
    memcpy(&d, &bit, sizeof(d));
    return d;
}

/*
 * Result texts as UNO strings.  A column of KATEGORI results repeats a
 * handful of static labels, so the last conversion is kept and reused: one
 * string per run of equal pointers instead of one per cell.
 */
typedef struct penerjemah_teks {
    const char *asal;
    rtl_uString *hasil;
} penerjemah_teks;

static rtl_uString *teks_uno(penerjemah_teks *t, const char *utf8)
{
    if (t->hasil != NULL && t->asal == utf8)
        return t->hasil;
    size_t panjang = strlen(utf8);
    if (panjang > INT32_MAX)
        return NULL;
    rtl_uString *s = NULL;
    rtl_string2UString(&s, utf8, (sal_Int32)panjang, RTL_TEXTENCODING_UTF8,
                       OSTRING_TO_OUSTRING_CVTFLAGS);
    if (s == NULL)
        return NULL;
    if (t->hasil != NULL)
        rtl_uString_release(t->hasil);
    t->asal = utf8;
    t->hasil = s;
    return s;
}

static void penerjemah_bebas(penerjemah_teks *t)
{
    if (t->hasil != NULL)
        rtl_uString_release(t->hasil);
}

/* A UNO value ready to be copied into an any: its type and its storage. */
typedef struct nilai_uno {
    typelib_TypeDescriptionReference *tipe;
    double angka;
    rtl_uString *teks; /* borrowed: from the penerjemah or the empty one */
} nilai_uno;

static void *nilai_data(nilai_uno *n)
{
    return n->tipe->eTypeClass == typelib_TypeClass_DOUBLE ? (void *)&n->angka
                                                           : (void *)&n->teks;
}

static nilai_uno nilai_galat(kinerja_status status)
{
    nilai_uno n = {tipe_dasar(typelib_TypeClass_DOUBLE),
                   nan_galat(kinerja_status_galat_calc(status)), NULL};
    return n;
}

/* The empty string: Calc shows it as a blank cell (docs/calc.md). */
static nilai_uno nilai_kosong(void)
{
    nilai_uno n = {tipe_dasar(typelib_TypeClass_STRING), 0.0, NULL};
    rtl_uString_new(&n.teks); /* the static empty string: no allocation */
    return n;
}

static nilai_uno konversi_sel_ke_nilai(const kinerja_sel *s, penerjemah_teks *t)
{
    switch (s->jenis) {
    case SEL_ANGKA:
        /* A NaN or infinity is not a number to show: Calc would read a
         * NaN's payload as some unrelated error code. */
        if (!isfinite(s->angka))
            return nilai_galat(KINERJA_GALAT_ARGUMEN);
        return (nilai_uno){tipe_dasar(typelib_TypeClass_DOUBLE), s->angka,
                           NULL};
    case SEL_TEKS: {
        if (s->teks == NULL || s->teks[0] == '\0')
            return nilai_kosong();
        rtl_uString *u = teks_uno(t, s->teks);
        if (u == NULL)
            return nilai_galat(KINERJA_GALAT_MEMORI);
        return (nilai_uno){tipe_dasar(typelib_TypeClass_STRING), 0.0, u};
    }
    case SEL_GALAT:
        /* KINERJA_KOSONG (and a stray OK) are no errors: no value, blank. */
        if (kinerja_status_galat_calc(s->galat) == 0)
            return nilai_kosong();
        return nilai_galat(s->galat);
    case SEL_KOSONG:
    case SEL_TIADA:
        break;
    }
    return nilai_kosong();
}

/* The scalar result `hasil` (unconstructed).  Never allocates: a double or
 * a string reference fits in the any itself. */
static void tulis_skalar(uno_Any *hasil, nilai_uno n)
{
    uno_type_any_construct(hasil, nilai_data(&n), n.tipe, NULL);
}

/* Whether a result cell becomes a string (a label or a blank). */
static bool sel_menjadi_teks(const kinerja_sel *s)
{
    switch (s->jenis) {
    case SEL_TEKS:
    case SEL_KOSONG:
    case SEL_TIADA:
        return true;
    case SEL_GALAT:
        return kinerja_status_galat_calc(s->galat) == 0;
    case SEL_ANGKA:
        break;
    }
    return false;
}

/* How a range result travels: the cheapest type that holds every cell. */
typedef enum rentang_jenis {
    RENTANG_ANGKA, /* [][]double: numbers, and errors as NaN payloads */
    RENTANG_TEKS,  /* [][]string: labels and blanks */
    RENTANG_CAMPUR /* [][]any: both */
} rentang_jenis;

static rentang_jenis rentang_jenis_dari(const kinerja_matriks *m)
{
    size_t jumlah = m->baris * m->kolom;
    bool ada_teks = false, ada_angka = false;
    for (size_t i = 0; i < jumlah && !(ada_teks && ada_angka); i++) {
        if (sel_menjadi_teks(&m->sel[i]))
            ada_teks = true;
        else
            ada_angka = true;
    }
    if (ada_teks && ada_angka)
        return RENTANG_CAMPUR;
    return ada_teks ? RENTANG_TEKS : RENTANG_ANGKA;
}

/* A cell that is no text as the double Calc reads: the number, or the
 * error's NaN payload. */
static double sel_ke_double(const kinerja_sel *s)
{
    if (s->jenis == SEL_ANGKA && isfinite(s->angka))
        return s->angka;
    if (s->jenis == SEL_ANGKA)
        return nan_galat(kinerja_status_galat_calc(KINERJA_GALAT_ARGUMEN));
    return nan_galat(kinerja_status_galat_calc(s->galat));
}

/* One row of the result, constructed in *baris (which must be NULL). */
static kinerja_status tulis_baris(uno_Sequence **baris,
                                  typelib_TypeDescriptionReference *tipe_baris,
                                  rentang_jenis jenis, const kinerja_sel *sel,
                                  size_t kolom, penerjemah_teks *t)
{
    /* Elements start default-constructed (0.0, empty strings, VOID anys);
     * writing or assigning replaces them. */
    if (!uno_type_sequence_construct(baris, tipe_baris, NULL, (sal_Int32)kolom,
                                     NULL)) {
        *baris = NULL;
        return KINERJA_GALAT_MEMORI;
    }
    if (jenis == RENTANG_ANGKA) {
        /* The row is new and ours alone: its doubles are written in place. */
        double *elemen = (double *)(void *)(*baris)->elements;
        for (size_t k = 0; k < kolom; k++)
            elemen[k] = sel_ke_double(&sel[k]);
        return KINERJA_OK;
    }
    for (size_t k = 0; k < kolom; k++) {
        nilai_uno n = konversi_sel_ke_nilai(&sel[k], t);
        if (jenis == RENTANG_CAMPUR) {
            uno_Any *elemen = (uno_Any *)(void *)(*baris)->elements;
            uno_type_any_assign(&elemen[k], nilai_data(&n), n.tipe, NULL, NULL);
        } else if (n.tipe->eTypeClass == typelib_TypeClass_STRING) {
            rtl_uString **elemen = (rtl_uString **)(void *)(*baris)->elements;
            rtl_uString_assign(&elemen[k], n.teks);
        } else {
            return KINERJA_GALAT_MEMORI; /* a label that did not convert */
        }
    }
    return KINERJA_OK;
}

/*
 * A range result as an any holding rows of m's shape.
 *
 * Calc interns the strings of a sequence<sequence<string>> result into the
 * document's string pool, but not those inside sequence<sequence<any>>
 * (ScSequenceToMatrix::CreateMixedMatrix in LibreOffice 7.4), and its
 * string comparisons only match interned strings: with [][]any,
 * SUMPRODUCT((KATEGORI(A1:A9)="Baik")*1) counts nothing.  So a result that
 * is all text (labels and blanks) goes as [][]string.
 *
 * A result of numbers (and errors, which are NaN payloads) goes as
 * [][]double: no any per element to build here, to deep-copy in the
 * UNO bridge, or to take apart in Calc, which reads [][]double straight
 * into its matrix: =SUMPRODUCT(CAPAIAN(A1:A10000;B1:B10000)) costs 15 %
 * fewer instructions per element in soffice this way (bench-calc-instr,
 * BENCHMARKS.md).  Only a result with both goes as [][]any.
 */
static kinerja_status tulis_rentang(uno_Any *hasil, const kinerja_matriks *m)
{
    if (m->baris > INT32_MAX || m->kolom > INT32_MAX)
        return KINERJA_GALAT_ARGUMEN;
    rentang_jenis jenis = rentang_jenis_dari(m);
    typelib_TypeClass kelas = jenis == RENTANG_ANGKA  ? typelib_TypeClass_DOUBLE
                              : jenis == RENTANG_TEKS ? typelib_TypeClass_STRING
                                                      : typelib_TypeClass_ANY;
    typelib_TypeDescriptionReference *tipe_baris = tipe_urutan(kelas);
    typelib_TypeDescriptionReference *tipe_luar = tipe_urutan_urutan(kelas);

    /* The outer sequence starts with empty rows; each row is built apart
     * and put in its slot, dropping the empty one (cheaper than building the
     * rows first and copying them in). */
    uno_Sequence *luar = NULL;
    if (!uno_type_sequence_construct(&luar, tipe_luar, NULL,
                                     (sal_Int32)m->baris, NULL))
        return KINERJA_GALAT_MEMORI;
    uno_Sequence **slot = (uno_Sequence **)(void *)luar->elements;

    kinerja_status st = KINERJA_OK;
    penerjemah_teks t = {NULL, NULL};
    for (size_t r = 0; r < m->baris && st == KINERJA_OK; r++) {
        uno_Sequence *baris = NULL;
        st = tulis_baris(&baris, tipe_baris, jenis, &m->sel[r * m->kolom],
                         m->kolom, &t);
        if (baris != NULL) {
            uno_type_destructData(&slot[r], tipe_baris, NULL);
            slot[r] = baris;
        }
    }
    penerjemah_bebas(&t);

    if (st == KINERJA_OK)
        uno_type_any_construct(hasil, &luar, tipe_luar, NULL);
    uno_type_destructData(&luar, tipe_luar, NULL);
    return st;
}

/* --- the call ----------------------------------------------------------- */

void panggil_fungsi(const fungsi_info *f, void *argumen[], uno_Any *hasil)
{
    kinerja_matriks arg[FUNGSI_ARGUMEN_MAKS];
    kinerja_sel skalar[FUNGSI_ARGUMEN_MAKS];
    penampung_teks teks = {NULL, 0, 0};
    size_t n = f->jumlah_argumen;
    size_t siap = 0;

    kinerja_status st =
        n <= FUNGSI_ARGUMEN_MAKS ? KINERJA_OK : KINERJA_GALAT_ARGUMEN;
    for (; st == KINERJA_OK && siap < n; siap++) {
        st = konversi_any_ke_matriks((const uno_Any *)argumen[siap], &arg[siap],
                                     &skalar[siap], &teks);
        if (st != KINERJA_OK)
            break;
    }

    kinerja_matriks keluaran = {0, 0, NULL, false};
    if (st == KINERJA_OK)
        st = fungsi_panggil(f, arg, n, &keluaran);

    if (st == KINERJA_OK &&
        (keluaran.sel == NULL || keluaran.baris == 0 || keluaran.kolom == 0))
        st = KINERJA_GALAT_ARGUMEN; /* not the promised shape: no crash */

    if (st != KINERJA_OK) {
        tulis_skalar(hasil, nilai_galat(st));
    } else if (!keluaran.rentang) {
        penerjemah_teks t = {NULL, NULL};
        tulis_skalar(hasil, konversi_sel_ke_nilai(&keluaran.sel[0], &t));
        penerjemah_bebas(&t); /* the any holds its own reference */
    } else {
        st = tulis_rentang(hasil, &keluaran);
        if (st != KINERJA_OK)
            tulis_skalar(hasil, nilai_galat(st));
    }

    kinerja_matriks_bebas(&keluaran);
    for (size_t k = 0; k < siap; k++)
        if (arg[k].sel != &skalar[k])
            free(arg[k].sel);
    penampung_bebas(&teks);
}
