/*
 * cetak.c - how a sheet prints (cetak.h).
 */
#include "cetak.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define TITIK_PER_INCI 72.0
#define MM (TITIK_PER_INCI / 25.4)
/* the default row height libxlsxwriter declares (sheetFormatPr) */
#define TINGGI_BAWAAN 15.0
/* rows Calc draws a little taller than noted (rows set by a writer on its
 * own, rounding): plan pages this much short of full */
#define CADANGAN_HALAMAN 0.94
/* rows all as tall as noted (halaman_atur.tinggi_tepat): Calc still ends
 * the page about 10 points (measured on A4 at 112 %) above the bottom
 * margin, the footer's own spacing */
#define CADANGAN_TEPAT 0.98
/* The footer's left part on a working aid's pages (halaman_atur.bantu) */
#define KAKI_BANTU                                                             \
    "&L&\"Arial,Italic\"&9Lembar kerja \xE2\x80\x94 bukan dokumen resmi"
/* Excel's limit of manual page breaks in a sheet */
#define PUTUS_MAKS 1023

static const struct {
    const char *nama;
    double lebar_mm, tinggi_mm;
    uint8_t indeks; /* the xlsx paperSize (ECMA-376 18.3.1.63) */
} kertas_tabel[] = {
    [KERTAS_A4] = {"A4", 210, 297, 9},
    /* F4 has no paperSize of its own: Folio 8.5 x 13 in (215.9 x 330.2
     * mm) is the same sheet within a millimetre */
    [KERTAS_F4] = {"F4", 215, 330, 14},
};

bool kertas_baca(const char *teks, kertas_jenis *k)
{
    if (!teks)
        return false;
    if (strcasecmp(teks, "A4") == 0) {
        *k = KERTAS_A4;
        return true;
    }
    if (strcasecmp(teks, "F4") == 0 || strcasecmp(teks, "folio") == 0) {
        *k = KERTAS_F4;
        return true;
    }
    return false;
}

const char *kertas_nama(kertas_jenis k)
{
    return kertas_tabel[k].nama;
}

void kertas_ukuran(kertas_jenis k, double *lebar, double *tinggi)
{
    *lebar = kertas_tabel[k].lebar_mm * MM;
    *tinggi = kertas_tabel[k].tinggi_mm * MM;
}

double cetak_lebar_kolom(double lebar)
{
    return lebar < 1 ? 12.0 * lebar : 7.0 * lebar + 5.0;
}

/* Characters of UTF-8 text. */
static size_t huruf(const char *s)
{
    size_t n = 0;
    for (; s && *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

double cetak_lebar_angka(double nilai, int desimal, const char *satuan,
                         const char *predikat)
{
    double a = fabs(nilai);
    size_t angka = 1;
    while (a >= 10 && angka < 20) {
        a /= 10;
        angka++;
    }
    size_t n = angka + (angka - 1) / 3 +
               (desimal > 0 ? (size_t)desimal + 1 : 0) + (nilai < 0);
    if (satuan && *satuan)
        n += huruf(satuan) + (strcmp(satuan, "%") != 0);
    if (predikat && *predikat)
        n += huruf(predikat) + 3;
    /* an Arial 10 character is about 0.8 of a width unit (7 points in
     * Calc); 1.5 units of padding keep a margin */
    return 0.8 * (double)n + 1.5;
}

/* ---- columns -------------------------------------------------------- */

static bool kolom_baik(const halaman_atur *a, unsigned c)
{
    for (size_t i = 0; i < a->jumlah_kolom_baik; i++)
        if (a->kolom_baik[i] == c)
            return true;
    return false;
}

/* Pages across at scale s (fraction) for a usable width `muat` points:
 * greedy, a page ending at a column group's start when that keeps it 60 %
 * full; the first column of every later page into `putus` (up to `maks`;
 * NULL to count only). */
static unsigned halaman_lintang(const halaman_atur *a, double s, double muat,
                                unsigned *putus, size_t maks)
{
    double batas = muat / s, kunci = 0;
    if (a->kunci_awal >= 0)
        for (int c = a->kunci_awal; c <= a->kunci_akhir; c++)
            kunci += cetak_lebar_kolom(a->lebar[c]);
    unsigned halaman = 1, mulai = 0;
    double isi = 0;
    for (unsigned c = 0; c < a->jumlah_kolom; c++) {
        double w = cetak_lebar_kolom(a->lebar[c]);
        if (c == mulai || isi + w <= batas) {
            isi += w;
            continue;
        }
        unsigned b = c;
        double isi_b = isi;
        for (unsigned q = c; q > mulai + 1 && !kolom_baik(a, c); q--) {
            isi_b -= cetak_lebar_kolom(a->lebar[q - 1]);
            if (isi_b < 0.6 * batas)
                break;
            if (kolom_baik(a, q - 1)) {
                b = q - 1;
                break;
            }
        }
        if (putus && halaman - 1 < maks)
            putus[halaman - 1] = b;
        halaman++;
        if (halaman > 64)
            break; /* a key too wide for a page: stop counting */
        mulai = b;
        /* the key columns start every later page, unless the page starts
         * inside them */
        isi = a->kunci_awal >= 0 && (int)b > a->kunci_akhir ? kunci : 0;
        c = b - 1;
    }
    return halaman;
}

/* The scale in percent: 1 page wide at the largest scale up to the
 * maximum, else as few pages across as the minimum scale allows, at the
 * largest scale that keeps those pages: the same count and the same first
 * column on each (a larger scale that kept the count by moving a column
 * to the next page would split what the layout keeps together, e.g. the
 * Realisasi Anggaran's kategori from its realisasi). */
static unsigned pilih_skala(const halaman_atur *a, double muat)
{
    unsigned maks = a->skala_maks ? a->skala_maks : 100;
    double jumlah = 0;
    for (unsigned c = 0; c < a->jumlah_kolom; c++)
        jumlah += cetak_lebar_kolom(a->lebar[c]);
    if (jumlah <= 0)
        return maks;
    unsigned s = (unsigned)(100.0 * muat / jumlah);
    if (s >= CETAK_SKALA_MIN)
        return s > maks ? maks : s;
    unsigned awal[64], coba[64];
    unsigned n = halaman_lintang(a, CETAK_SKALA_MIN / 100.0, muat, awal, 63);
    for (s = CETAK_SKALA_MIN; s < maks; s++) {
        unsigned m = halaman_lintang(a, (s + 1) / 100.0, muat, coba, 63);
        if (m != n ||
            (n > 1 &&
             memcmp(awal, coba, (n - 1 < 63 ? n - 1 : 63) * sizeof *awal)))
            break;
    }
    return s;
}

/* ---- rows ----------------------------------------------------------- */

/* Greedy breaks with page capacity `muat` (later pages lose the repeated
 * header `kepala`); returns the count. */
static size_t rakus(const double *t, unsigned awal, unsigned akhir,
                    double kepala, double muat, const bool *baik,
                    const bool *wajib, const bool *jangan, unsigned *putus,
                    size_t maks)
{
    size_t n = 0;
    unsigned mulai = awal;
    double isi = 0, batas = muat;
    for (unsigned r = awal; r <= akhir; r++) {
        bool paksa = wajib && wajib[r] && r > mulai;
        if (!paksa && (isi + t[r] <= batas || r == mulai)) {
            isi += t[r];
            continue;
        }
        unsigned b = r;
        if (!paksa && baik) {
            /* back to a group start if the page stays 60 % full */
            double isi_b = isi;
            for (unsigned q = r; q > mulai + 1; q--) {
                isi_b -= t[q - 1];
                if (isi_b < 0.6 * batas)
                    break;
                if (baik[q - 1]) {
                    b = q - 1;
                    break;
                }
            }
            if (baik[r])
                b = r;
        }
        if (!paksa && jangan && jangan[b]) {
            /* inside a block kept whole (a chart): the page ends before
             * it, unless the block would not fit a page anyway */
            unsigned q = b;
            while (q > mulai + 1 && jangan[q])
                q--;
            double blok = t[q];
            for (unsigned e = q + 1; e <= akhir && jangan[e]; e++)
                blok += t[e];
            if (!jangan[q] && blok <= muat - kepala)
                b = q;
        }
        if (n == maks)
            return n;
        putus[n++] = b;
        mulai = b;
        batas = muat - kepala;
        isi = 0;
        r = b - 1; /* the loop moves on to b */
    }
    return n;
}

/* Height of the last page's rows. */
static double isi_akhir(const double *t, unsigned awal, unsigned akhir,
                        const unsigned *putus, size_t n)
{
    double isi = 0;
    for (unsigned r = n ? putus[n - 1] : awal; r <= akhir; r++)
        isi += t[r];
    return isi;
}

size_t cetak_putus_baris(const double *tinggi_baris, unsigned awal,
                         unsigned akhir, int kepala_awal, int kepala_akhir,
                         double muat, const bool *baik, const bool *wajib,
                         const bool *jangan, unsigned *putus, size_t maks)
{
    if (akhir < awal)
        return 0;
    double kepala = 0;
    if (kepala_awal >= 0)
        for (int r = kepala_awal; r <= kepala_akhir; r++)
            kepala += tinggi_baris[r];
    if (kepala > 0.5 * muat)
        kepala = 0; /* a header that large is not repeated usefully */
    size_t n = rakus(tinggi_baris, awal, akhir, kepala, muat, baik, wajib,
                     jangan, putus, maks);
    if (n == 0 ||
        isi_akhir(tinggi_baris, awal, akhir, putus, n) >= (muat - kepala) / 3.0)
        return n;
    /* a stray handful on the last page: the smallest page height that
     * still needs no more pages spreads the rows evenly */
    unsigned *coba = malloc(maks * sizeof *coba);
    if (!coba)
        return n;
    double bawah = kepala, atas = muat;
    for (int i = 0; i < 30; i++) {
        double tengah = (bawah + atas) / 2;
        size_t m = rakus(tinggi_baris, awal, akhir, kepala, tengah, baik, wajib,
                         jangan, coba, maks);
        if (m <= n)
            atas = tengah;
        else
            bawah = tengah;
    }
    size_t m = rakus(tinggi_baris, awal, akhir, kepala, atas, baik, wajib,
                     jangan, coba, maks);
    if (m <= n) {
        memcpy(putus, coba, m * sizeof *coba);
        n = m;
    }
    free(coba);
    return n;
}

/* ---- the page header ------------------------------------------------ */

/* "&C&"Arial,Bold"&11LINE1\n&"Arial,Bold"&10LINE2..." with '&' doubled
 * (a header code otherwise), malloc'd.  A header holds 255 characters:
 * whole lines are kept while they fit, a first line too long for it is
 * cut at a character (never inside a UTF-8 sequence). */
static char *kepala_halaman(const char *judul)
{
    char buf[LXW_HEADER_FOOTER_MAX + 1];
    size_t n = (size_t)snprintf(buf, sizeof buf, "&C&\"Arial,Bold\"&11");
    const char *p = judul;
    for (int baris = 0; *p; baris++) {
        static const char sambung[] = "\n&\"Arial,Bold\"&10";
        size_t awal = n;
        if (baris > 0) {
            if (n + sizeof sambung - 1 >= sizeof buf)
                break;
            memcpy(buf + n, sambung, sizeof sambung - 1);
            n += sizeof sambung - 1;
        }
        bool utuh = true;
        for (; *p && *p != '\n'; p++) {
            size_t perlu = *p == '&' ? 2 : 1;
            if (n + perlu >= sizeof buf) {
                utuh = false;
                break;
            }
            if (*p == '&')
                buf[n++] = '&';
            buf[n++] = *p;
        }
        if (!utuh) {
            if (baris > 0) {
                n = awal; /* drop a line that does not fit whole */
            } else {
                while (n > awal && ((unsigned char)buf[n - 1] & 0xC0) == 0x80)
                    n--; /* a cut UTF-8 sequence */
                if (n > awal && ((unsigned char)buf[n - 1] & 0xC0) == 0xC0)
                    n--;
            }
            break;
        }
        if (*p == '\n')
            p++;
    }
    buf[n] = '\0';
    return strdup(buf);
}

/* ---- the whole sheet ------------------------------------------------ */

/* The rows' heights as Calc will print them, rows 0..akhir; `tepat`:
 * rows noted shorter than the default are set so (halaman_atur.
 * tinggi_tepat), else they print at the default. */
static double *tinggi_baris(const lembar_tinggi_peta *t, unsigned akhir,
                            bool tepat)
{
    double *h = malloc((akhir + 1) * sizeof *h);
    if (!h)
        return NULL;
    double batas = tepat ? 0 : 15.5;
    for (unsigned r = 0; r <= akhir; r++)
        h[r] = r < t->jumlah && t->tinggi[r] > batas ? t->tinggi[r]
                                                     : TINGGI_BAWAAN;
    return h;
}

/* The first of the n breaks (ascending) after row `a`: the pieces of a
 * label starting at a end there (n: none, the label's own end). */
static size_t putus_sesudah(const unsigned *putus, size_t n, unsigned a)
{
    size_t bawah = 0, atas = n;
    while (bawah < atas) {
        size_t tengah = bawah + (atas - bawah) / 2;
        if (putus[tengah] <= a)
            bawah = tengah + 1;
        else
            atas = tengah;
    }
    return bawah;
}

/* Notes each label's height per printed piece. */
static void perlu_per_potong(lembar_tinggi_peta *t, const unsigned *putus,
                             size_t n)
{
    for (size_t i = 0; i < t->jumlah_label; i++) {
        const lembar_label_t *l = &t->label[i];
        if (!l->teks)
            continue; /* a number: one line */
        unsigned a = l->r1;
        for (size_t k = putus_sesudah(putus, n, a); k <= n && a <= l->r2; k++) {
            unsigned b = k < n ? putus[k] : l->r2 + 1;
            if (b <= a)
                continue;
            if (b > l->r2 + 1)
                b = l->r2 + 1;
            lembar_label_perlu(t, l, a, b - 1);
            a = b;
        }
    }
}

/* Writes every label, one merged piece per printed page it spans. */
static lxw_error tulis_label(lxw_worksheet *ws, lembar_tinggi_peta *t,
                             const unsigned *putus, size_t n)
{
    lxw_error e = LXW_NO_ERROR;
    for (size_t i = 0; i < t->jumlah_label; i++) {
        lembar_label_t *l = &t->label[i];
        unsigned a = l->r1;
        for (size_t k = putus_sesudah(putus, n, a); k <= n && a <= l->r2; k++) {
            unsigned b = k < n ? putus[k] : l->r2 + 1;
            if (b <= a)
                continue;
            if (b > l->r2 + 1)
                b = l->r2 + 1;
            lxw_error el = lembar_label_tulis(ws, l, a, b - 1);
            if (el != LXW_NO_ERROR && e == LXW_NO_ERROR)
                e = el;
            a = b;
        }
        free(l->teks);
    }
    t->jumlah_label = 0;
    return e;
}

lxw_error lembar_halaman(lxw_worksheet *ws, const tulis_opsi *o,
                         const halaman_atur *a, lembar_tinggi_peta *tinggi)
{
    lxw_error e = LXW_NO_ERROR;
    double kl, kt;
    kertas_ukuran(o->kertas, &kl, &kt);
    double lebar = a->tegak ? kl : kt, panjang = a->tegak ? kt : kl;
    /* margins in inches: left, right, top, bottom; the top holds the
     * page-header title when there is one */
    double ml = a->tegak ? 0.8 : 0.3, mr = a->tegak ? 0.6 : 0.3;
    double mt = a->judul ? 0.85 : 0.6, mb = 0.6;
    /* a letter (the PK) has no page-header title: 0.45 in above it, so
     * its lampiran, table and signatures fit one page */
    if (a->tegak && !a->judul)
        mt = 0.45;
    /* a portrait page (the PK letter) is laid out to fill an A4 page;
     * folio is 33 mm longer, and half of that goes to the top margin, so
     * the letter still reaches down the page instead of ending at 73 % of
     * it (the rest stays below, under the signatures) */
    if (a->tegak && o->kertas == KERTAS_F4)
        mt += (kertas_tabel[KERTAS_F4].tinggi_mm -
               kertas_tabel[KERTAS_A4].tinggi_mm) /
              2 / 25.4;
    if (a->tegak)
        worksheet_set_portrait(ws);
    else
        worksheet_set_landscape(ws);
    worksheet_set_paper(ws, kertas_tabel[o->kertas].indeks);
    worksheet_set_margins(ws, ml, mr, mt, mb);
    unsigned skala = a->jumlah_kolom
                         ? pilih_skala(a, lebar - (ml + mr) * TITIK_PER_INCI)
                         : (a->skala_maks ? a->skala_maks : 100);
    worksheet_set_print_scale(ws, (uint16_t)skala);
    unsigned lintang = 1;
    if (a->jumlah_kolom) {
        /* the breaks across where they were planned (Calc would break by
         * width alone, inside a column group) */
        unsigned pk[64];
        unsigned n = lintang = halaman_lintang(
            a, skala / 100.0, lebar - (ml + mr) * TITIK_PER_INCI, pk, 63);
        if (n > 1) {
            lxw_col_t v[65] = {0};
            for (unsigned i = 0; i + 1 < n && i < 63; i++)
                v[i] = (lxw_col_t)pk[i];
            CATAT(e, worksheet_set_v_pagebreaks(ws, v));
        }
    }
    lxw_header_footer_options hf = {.margin = 0.3};
    char *kepala = a->judul ? kepala_halaman(a->judul) : NULL;
    if (kepala)
        CATAT(e, worksheet_set_header_opt(ws, kepala, &hf));
    free(kepala);
    if (a->kepala_awal >= 0) {
        CATAT(e, worksheet_repeat_rows(ws, (lxw_row_t)a->kepala_awal,
                                       (lxw_row_t)a->kepala_akhir));
        worksheet_freeze_panes(ws, (lxw_row_t)(a->kepala_akhir + 1), 0);
    }
    if (a->kunci_awal >= 0)
        CATAT(e, worksheet_repeat_columns(ws, (lxw_col_t)a->kunci_awal,
                                          (lxw_col_t)a->kunci_akhir));
    if (a->jumlah_kolom && a->cetak_akhir >= a->cetak_awal)
        CATAT(e, worksheet_print_area(ws, a->cetak_awal, 0, a->cetak_akhir,
                                      (lxw_col_t)(a->jumlah_kolom - 1)));

    /* row page breaks, and the labels' pieces, until the heights settle */
    unsigned akhir = a->cetak_akhir;
    bool *baik = calloc(akhir + 1, sizeof *baik);
    bool *wajib = calloc(akhir + 1, sizeof *wajib);
    bool *jangan = calloc(akhir + 1, sizeof *jangan);
    unsigned *putus = malloc(PUTUS_MAKS * sizeof *putus);
    size_t n = 0;
    if (tinggi && baik && wajib && jangan && putus && akhir >= a->cetak_awal) {
        for (size_t i = 0; i < tinggi->jumlah_label; i++)
            if (tinggi->label[i].r1 <= akhir)
                baik[tinggi->label[i].r1] = true;
        for (size_t i = 0; i < a->jumlah_putus_baik; i++)
            if (a->putus_baik[i] <= akhir)
                baik[a->putus_baik[i]] = true;
        for (size_t i = 0; i < a->jumlah_putus_wajib; i++)
            if (a->putus_wajib[i] <= akhir)
                wajib[a->putus_wajib[i]] = true;
        for (size_t i = 0; i < a->jumlah_utuh; i++)
            for (unsigned r = a->utuh[i][0] + 1;
                 r <= a->utuh[i][1] && r <= akhir; r++)
                jangan[r] = true;
        double muat = (panjang - (mt + mb) * TITIK_PER_INCI) / (skala / 100.0) *
                      (a->tinggi_tepat ? CADANGAN_TEPAT : CADANGAN_HALAMAN);
        /* each round plans the breaks on the heights the labels' pieces
         * need under the last round's breaks, from the rows' own heights
         * (a piece grown for a break that moved would leave its row tall
         * and blank: the RKT's right-hand pages), until the breaks stay */
        unsigned jumlah_dasar = tinggi->jumlah;
        double *dasar = malloc((jumlah_dasar + 1) * sizeof *dasar);
        unsigned *lalu = malloc(PUTUS_MAKS * sizeof *lalu);
        size_t n_lalu = 0;
        if (dasar && lalu) {
            memcpy(dasar, tinggi->tinggi, jumlah_dasar * sizeof *dasar);
            for (int putaran = 0; putaran < 8; putaran++) {
                double *h = tinggi_baris(tinggi, akhir, a->tinggi_tepat);
                if (!h)
                    break;
                n = cetak_putus_baris(h, a->cetak_awal, akhir, a->kepala_awal,
                                      a->kepala_akhir, muat, baik, wajib,
                                      jangan, putus, PUTUS_MAKS);
                free(h);
                if (putaran > 0 && n == n_lalu &&
                    !memcmp(putus, lalu, n * sizeof *putus))
                    break;
                for (unsigned r = 0; r < tinggi->jumlah; r++)
                    tinggi->tinggi[r] = r < jumlah_dasar ? dasar[r] : 0;
                perlu_per_potong(tinggi, putus, n);
                memcpy(lalu, putus, n * sizeof *putus);
                n_lalu = n;
            }
            /* the breaks the heights were grown for */
            memcpy(putus, lalu, n_lalu * sizeof *putus);
            n = n_lalu;
        }
        free(dasar);
        free(lalu);
        if (n) {
            lxw_row_t *baris = calloc(n + 1, sizeof *baris);
            if (baris) {
                for (size_t i = 0; i < n; i++)
                    baris[i] = (lxw_row_t)putus[i];
                CATAT(e, worksheet_set_h_pagebreaks(ws, baris));
                free(baris);
            }
        }
    }
    char jumlah[24] = "&N";
    if (a->nomor_sendiri || o->satu_buku) {
        /* Calc numbers pages through the workbook and counts "of N" over
         * every sheet printed, so a document of its own restarts at 1 and
         * names its own page count; in the one workbook of a year every
         * sheet is a document of its own (the RKT is handed in without
         * the Ringkasan's pages) */
        snprintf(jumlah, sizeof jumlah, "%zu", (n + 1) * lintang);
        worksheet_set_start_page(ws, 1);
    }
    char kaki[160];
    snprintf(kaki, sizeof kaki, "%s&C&\"Arial\"&9Halaman &P dari %s",
             a->bantu ? KAKI_BANTU : "", jumlah);
    CATAT(e, worksheet_set_footer_opt(ws, kaki, &hf));
    if (tinggi && a->tinggi_tepat)
        for (unsigned r = 0; r < tinggi->jumlah; r++)
            if (tinggi->tinggi[r] > 0 && tinggi->tinggi[r] <= 15.5)
                CATAT(e, worksheet_set_row(ws, r, tinggi->tinggi[r], NULL));
    if (tinggi) {
        CATAT(e, tulis_label(ws, tinggi, putus, putus ? n : 0));
        CATAT(e, lembar_tinggi_terapkan(tinggi, ws));
    }
    free(baik);
    free(wajib);
    free(jangan);
    free(putus);
    return e;
}
