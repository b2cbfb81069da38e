/*
 * rumus.c - formula texts and cached results (rumus.h).
 */
#include "rumus.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bulat.h"
#include "core/periksa_anggaran.h"
#include "core/skala.h"
#include "fungsi/fungsi.h"

#ifndef KINERJA_AWALAN_RUMUS
#error "KINERJA_AWALAN_RUMUS must come from the build (the service name)"
#endif

const char *rumus_awalan(void)
{
    return KINERJA_AWALAN_RUMUS;
}

/* The A1 name of a cell ("E7"; "$E$7" when mutlak) into buf (at least
 * LXW_MAX_CELL_NAME_LENGTH bytes), as lxw_rowcol_to_cell(_abs) writes
 * it, without its snprintf (750 instructions a cell: every row's formulas
 * name several).  Columns are letters in bijective base 26 (A..Z, AA..). */
static void nama_sel(char *buf, unsigned baris, unsigned kolom, bool mutlak)
{
    char huruf[4], angka[12];
    int nh = 0, na = 0;
    for (unsigned k = kolom + 1; k > 0 && nh < 3; k = (k - 1) / 26)
        huruf[nh++] = (char)('A' + (k - 1) % 26);
    for (unsigned b = baris + 1; b > 0; b /= 10)
        angka[na++] = (char)('0' + b % 10);
    char *q = buf;
    if (mutlak)
        *q++ = '$';
    while (nh > 0)
        *q++ = huruf[--nh];
    if (mutlak)
        *q++ = '$';
    while (na > 0)
        *q++ = angka[--na];
    *q = 0;
}

rujukan_sel sel_di(unsigned baris, unsigned kolom, kinerja_sel nilai)
{
    rujukan_sel s;
    nama_sel(s.ref, baris, kolom, false);
    s.nilai = nilai;
    return s;
}

/* 'Nama Lembar'! (or Nama! when it needs no quotes) into buf. */
static void awalan_lembar(char *buf, size_t n, const char *lembar)
{
    bool kutip = !*lembar || (*lembar >= '0' && *lembar <= '9');
    for (const char *c = lembar; *c && !kutip; c++)
        kutip = !((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') ||
                  (*c >= '0' && *c <= '9') || *c == '_');
    size_t j = 0;
    if (kutip && j + 1 < n)
        buf[j++] = '\'';
    for (const char *c = lembar; *c && j + 3 < n; c++) {
        if (*c == '\'')
            buf[j++] = '\'';
        buf[j++] = *c;
    }
    if (kutip && j + 1 < n)
        buf[j++] = '\'';
    if (j + 1 < n)
        buf[j++] = '!';
    buf[j] = 0;
}

rujukan_sel sel_lembar(const char *lembar, unsigned baris, unsigned kolom,
                       kinerja_sel nilai)
{
    rujukan_sel s;
    char sel[16];
    awalan_lembar(s.ref, sizeof s.ref - sizeof sel, lembar);
    nama_sel(sel, baris, kolom, true);
    strcat(s.ref, sel);
    s.nilai = nilai;
    return s;
}

static bool kosong(const kinerja_sel *s)
{
    return s->jenis == SEL_KOSONG || s->jenis == SEL_TIADA;
}

/* The function layer's result for scalar arguments, as Calc would get it. */
static kinerja_sel panggil(const char *nama, kinerja_sel *arg, size_t n)
{
    const fungsi_info *f = fungsi_cari_nama(nama);
    kinerja_matriks m[FUNGSI_ARGUMEN_MAKS];
    for (size_t i = 0; i < n; i++)
        m[i] = matriks_skalar(&arg[i]);
    for (size_t i = n; f && i < f->jumlah_argumen; i++) {
        static kinerja_sel tiada = {SEL_TIADA, 0.0, NULL, KINERJA_OK};
        m[i] = matriks_skalar(&tiada);
    }
    kinerja_matriks hasil;
    if (!f)
        return sel_galat(KINERJA_GALAT_ARGUMEN);
    kinerja_status st = fungsi_panggil(f, m, f->jumlah_argumen, &hasil);
    if (st != KINERJA_OK)
        return sel_galat(st);
    kinerja_sel s = hasil.sel[0];
    kinerja_matriks_bebas(&hasil);
    return s;
}

/* The same for arguments the caller shapes itself (ranges). */
static kinerja_sel panggil_matriks(const char *nama, kinerja_matriks *arg,
                                   size_t n)
{
    const fungsi_info *f = fungsi_cari_nama(nama);
    if (!f || n != f->jumlah_argumen)
        return sel_galat(KINERJA_GALAT_ARGUMEN);
    kinerja_matriks hasil;
    kinerja_status st = fungsi_panggil(f, arg, n, &hasil);
    if (st != KINERJA_OK)
        return sel_galat(st);
    kinerja_sel s = hasil.sel[0];
    kinerja_matriks_bebas(&hasil);
    return s;
}

/* The cached result of a formula guarded on `jaga` (IF(jaga="";"";...)):
 * blank while it is blank, else the function's on arg[0..n). */
static void hasil_jaga(rumus *r, const kinerja_sel *jaga, const char *nama,
                       kinerja_sel *arg, size_t n)
{
    r->hasil = kosong(jaga) ? sel_kosong() : panggil(nama, arg, n);
}

const char *rumus_teks_galat(kinerja_status st)
{
    switch (st) {
    case KINERJA_GALAT_BAGI_NOL:
        return "#DIV/0!";
    case KINERJA_GALAT_TIPE:
        return "#VALUE!";
    case KINERJA_GALAT_TIDAK_TERSEDIA:
        return "#N/A";
    default:
        return "Err:502";
    }
}

/* `teks` as a formula string: pieces of at most 255 bytes (Excel's limit
 * for one literal) joined with &, quotes doubled; false if it does not fit
 * in n bytes. */
static bool teks_literal(char *buf, size_t n, const char *teks)
{
    size_t j = 0, di_potong = 0;
    const size_t maks = 240; /* bytes per piece, a doubled quote included */
    if (j + 1 >= n)
        return false;
    buf[j++] = '"';
    for (const char *p = teks; *p; p++) {
        unsigned char c = (unsigned char)*p;
        bool awal_huruf = (c & 0xC0) != 0x80;
        if (awal_huruf && di_potong >= maks) {
            if (j + 4 >= n)
                return false;
            memcpy(buf + j, "\"&\"", 3);
            j += 3;
            di_potong = 0;
        }
        size_t perlu = c == '"' ? 2 : 1;
        if (j + perlu + 2 >= n)
            return false;
        if (c == '"')
            buf[j++] = '"';
        buf[j++] = (char)c;
        di_potong += perlu;
    }
    buf[j++] = '"';
    buf[j] = 0;
    return true;
}

void rumus_pesan_addin(rumus *r, const char *pesan, const char *biasa)
{
    char a[RUMUS_MAKS / 2], b[RUMUS_MAKS / 2];
    if (!teks_literal(a, sizeof a, pesan) ||
        !teks_literal(b, sizeof b, biasa)) {
        /* never with the templates' own texts: keep the formula valid */
        snprintf(a, sizeof a, "\"#NAME?: add-in Kinerja\"");
        snprintf(b, sizeof b, "\"\"");
    }
    int n = snprintf(r->teks, sizeof r->teks,
                     "IF(ISERROR(%sCAPAIAN(1,1+0*NOW())),%s,%s)",
                     rumus_awalan(), a, b);
    if (n < 0 || (size_t)n >= sizeof r->teks) /* never: short texts */
        snprintf(r->teks, sizeof r->teks, "\"\"");
    r->hasil = *biasa ? sel_teks(biasa) : sel_kosong();
}

void rumus_aturan_banding(rumus_aturan *a, const char *sel,
                          const char *pembanding, const char *op)
{
    snprintf(a->teks, sizeof a->teks, "=AND(ISNUMBER(%s),ISNUMBER(%s),%s%s%s)",
             sel, pembanding, sel, op, pembanding);
}

void rumus_aturan_label(rumus_aturan *a, const char *sel, const char *label1,
                        const char *label2)
{
    if (label2)
        snprintf(a->teks, sizeof a->teks, "=OR(%s=\"%s\",%s=\"%s\")", sel,
                 label1, sel, label2);
    else
        snprintf(a->teks, sizeof a->teks, "=%s=\"%s\"", sel, label1);
}

void rumus_aturan_positif(rumus_aturan *a, const char *sel)
{
    snprintf(a->teks, sizeof a->teks, "=%s>0", sel);
}

void rumus_aturan_tanpa_rumus(rumus_aturan *a, const char *isian,
                              const char *sel)
{
    snprintf(a->teks, sizeof a->teks,
             "=AND(ISNUMBER(%s),NOT(_xlfn.ISFORMULA(%s)))", isian, sel);
}

void rumus_aturan_harus_rumus(rumus_aturan *a, const char *sel)
{
    snprintf(a->teks, sizeof a->teks, "=_xlfn.ISFORMULA(%s)", sel);
}

void rumus_aturan_belum_rumus(rumus_aturan *a, const char *sel)
{
    snprintf(a->teks, sizeof a->teks, "=NOT(_xlfn.ISFORMULA(%s))", sel);
}

void rumus_aturan_isian_daun(rumus_aturan *a, const char *sel,
                             const char *jumlah)
{
    snprintf(a->teks, sizeof a->teks,
             "=OR(_xlfn.ISFORMULA(%s),AND(ISNUMBER(%s),%s>=0,"
             "NOT(_xlfn.ISFORMULA(%s))))",
             sel, sel, sel, jumlah);
}

void rumus_teks_kosong(rumus *r)
{
    snprintf(r->teks, sizeof r->teks, "\"\"");
    r->hasil = sel_kosong();
}

void rumus_rentang_bawah(char *buf, size_t n, unsigned dasar, unsigned kolom,
                         unsigned baris, unsigned akhir)
{
    char a[16], b[16];
    nama_sel(a, baris, dasar, false); /* "C8", written "$C8" */
    nama_sel(b, akhir, dasar, true);
    snprintf(buf, n, "OFFSET($%s,1,%d,ROWS($%s:%s)-1)", a,
             (int)kolom - (int)dasar, a, b);
}

void rumus_aturan_belum_rumus_persen(rumus_aturan *a, const char *sel,
                                     const char *isian, const char *nama)
{
    snprintf(a->teks, sizeof a->teks,
             "=AND(NOT(_xlfn.ISFORMULA(%s)),OR(NOT(ISNUMBER(%s)),%s<=0,"
             "%s>=1,AND(LEFT(LOWER(%s),10)<>\"persentase\","
             "LEFT(LOWER(%s),10)<>\"prosentase\")))",
             sel, isian, isian, isian, nama, nama);
}

void rumus_baris_tanpa_rumus(rumus *r, const char *isian, const char *sel,
                             double jumlah)
{
    snprintf(r->teks, sizeof r->teks, "SUMPRODUCT(ISNUMBER(%s)*ISBLANK(%s))",
             isian, sel);
    r->hasil = sel_angka(jumlah);
}

void rumus_aturan_isian_kosong(rumus_aturan *a, const char *sel)
{
    snprintf(a->teks, sizeof a->teks,
             "=AND(ISBLANK(%s),CELL(\"protect\",%s)=0)", sel, sel);
}

void rumus_jumlah(rumus *r, const char *dari, const char *sampai,
                  kinerja_sel hasil)
{
    snprintf(r->teks, sizeof r->teks, "SUM(%s:%s)", dari, sampai);
    r->hasil = hasil;
}

void rumus_jumlah_lembar(rumus *r, const char *lembar, unsigned r1, unsigned r2,
                         unsigned kolom, bool terisi, kinerja_sel hasil)
{
    rujukan_sel a = sel_lembar(lembar, r1, kolom, hasil);
    char b[16];
    nama_sel(b, r2, kolom, true);
    if (terisi)
        rumus_jumlah_terisi(r, a.ref, b, hasil);
    else
        rumus_jumlah(r, a.ref, b, hasil);
}

void rumus_jumlah_terisi(rumus *r, const char *dari, const char *sampai,
                         kinerja_sel hasil)
{
    snprintf(r->teks, sizeof r->teks, "IF(COUNT(%s:%s)=0,\"\",SUM(%s:%s))",
             dari, sampai, dari, sampai);
    r->hasil = hasil;
}

void rumus_rata_terisi(rumus *r, const char *dari, const char *sampai,
                       int desimal, kinerja_sel hasil)
{
    if (desimal >= 0)
        snprintf(r->teks, sizeof r->teks,
                 "IF(COUNT(%s:%s)=0,\"\",ROUND(AVERAGE(%s:%s),%d))", dari,
                 sampai, dari, sampai, desimal);
    else
        snprintf(r->teks, sizeof r->teks,
                 "IF(COUNT(%s:%s)=0,\"\",AVERAGE(%s:%s))", dari, sampai, dari,
                 sampai);
    r->hasil = hasil;
}

void rumus_akhir_terisi(rumus *r, const char *dari, const char *sampai,
                        const char *urutan_dari, const char *urutan_sampai,
                        kinerja_sel hasil)
{
    snprintf(r->teks, sizeof r->teks,
             "IF(COUNT(%s:%s)=0,\"\",INDEX(%s:%s,MAX(%s:%s)))", dari, sampai,
             dari, sampai, urutan_dari, urutan_sampai);
    r->hasil = hasil;
}

void rumus_urutan_terisi(rumus *r, const rujukan_sel *x, unsigned n)
{
    snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%u)", x->ref, n);
    r->hasil = kosong(&x->nilai) ? sel_kosong() : sel_angka((double)n);
}

void rumus_hitung_angka(rumus *r, const char *dari, const char *sampai,
                        double jumlah)
{
    snprintf(r->teks, sizeof r->teks, "COUNT(%s:%s)", dari, sampai);
    r->hasil = sel_angka(jumlah);
}

void rumus_jumlah_jika(rumus *r, const char *kriteria_rentang,
                       const char *kriteria, const char *rentang, bool terisi,
                       kinerja_sel hasil)
{
    const char *k = kriteria_rentang, *x = kriteria, *j = rentang;
    if (terisi)
        snprintf(r->teks, sizeof r->teks,
                 "IF(COUNTIFS(%s,%s,%s,\">=0\")=0,\"\",SUMIF(%s,%s,%s))", k, x,
                 j, k, x, j);
    else
        snprintf(r->teks, sizeof r->teks, "SUMIF(%s,%s,%s)", k, x, j);
    r->hasil = hasil;
}

void rumus_jaga(rumus *r, const rujukan_sel *syarat)
{
    char dalam[RUMUS_MAKS];
    snprintf(dalam, sizeof dalam, "%s", r->teks);
    if ((size_t)snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%s)",
                         syarat->ref, dalam) >= sizeof r->teks)
        r->hasil = sel_galat(KINERJA_GALAT_ARGUMEN); /* never: short refs */
    else if (kosong(&syarat->nilai))
        r->hasil = sel_kosong();
}

void rumus_lebih_pagu(rumus *r, rumus_mode m, const rujukan_sel *hasil,
                      const char *label, const rujukan_sel *a,
                      const rujukan_sel *x)
{
    rumus selisih; /* its value: realisasi - pagu, exact */
    rumus_selisih_rincian(&selisih, m, a, x->ref, &x->nilai, 1);
    if (m == RUMUS_ADDIN)
        snprintf(r->teks, sizeof r->teks,
                 "IF(%s=\"%s\",%sSELISIH_RINCIAN(%s,%s),\"\")", hasil->ref,
                 label, rumus_awalan(), a->ref, x->ref);
    else
        snprintf(r->teks, sizeof r->teks, "IF(%s=\"%s\",%s-%s,\"\")",
                 hasil->ref, label, a->ref, x->ref);
    bool lebih = hasil->nilai.jenis == SEL_TEKS && hasil->nilai.teks &&
                 !strcmp(hasil->nilai.teks, label);
    r->hasil = lebih ? selisih.hasil : sel_kosong();
}

void rumus_hitung_label(rumus *r, const char *dari, const char *sampai,
                        const char *label1, const char *label2, double jumlah)
{
    snprintf(r->teks, sizeof r->teks,
             "COUNTIF(%s:%s,\"%s\")+COUNTIF(%s:%s,\"%s\")", dari, sampai,
             label1, dari, sampai, label2);
    r->hasil = sel_angka(jumlah);
}

void rumus_peringkat(rumus *r, const rujukan_sel *x, const char *rentang,
                     bool naik, double peringkat)
{
    snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",RANK(%s,%s%s))", x->ref,
             x->ref, rentang, naik ? ",1" : "");
    r->hasil =
        x->nilai.jenis == SEL_ANGKA ? sel_angka(peringkat) : sel_kosong();
}

void rumus_triwulan(rumus *r, rumus_mode m, const rujukan_sel tw[4],
                    triwulan_jenis jenis, const char *jenis_ref)
{
    const char *nama = jenis == TRIWULAN_JUMLAH ? "JUMLAH" : "AKHIR";
    if (m == RUMUS_ADDIN) {
        /* a range always reaches the add-in as a range: its empty cells
         * come as empty text, so no guard is needed */
        char kunci[40];
        if (jenis_ref)
            snprintf(kunci, sizeof kunci, "%s", jenis_ref);
        else
            snprintf(kunci, sizeof kunci, "\"%s\"", nama);
        snprintf(r->teks, sizeof r->teks, "%sREKAP_TRIWULAN(%s:%s,%s)",
                 rumus_awalan(), tw[0].ref, tw[3].ref, kunci);
    } else if (jenis == TRIWULAN_JUMLAH)
        snprintf(r->teks, sizeof r->teks, "IF(COUNT(%s:%s)=0,\"\",SUM(%s:%s))",
                 tw[0].ref, tw[3].ref, tw[0].ref, tw[3].ref);
    else
        snprintf(r->teks, sizeof r->teks,
                 "IF(%s<>\"\",%s,IF(%s<>\"\",%s,IF(%s<>\"\",%s,IF(%s<>\"\","
                 "%s,\"\"))))",
                 tw[3].ref, tw[3].ref, tw[2].ref, tw[2].ref, tw[1].ref,
                 tw[1].ref, tw[0].ref, tw[0].ref);
    if (m == RUMUS_ADDIN) {
        /* the add-in's answer through the function layer, as Calc calls
         * it: one row of four cells */
        kinerja_sel sel[4];
        for (int q = 0; q < 4; q++)
            sel[q] =
                tw[q].nilai.jenis == SEL_ANGKA ? tw[q].nilai : sel_kosong();
        kinerja_matriks arg[2] = {{1, 4, sel, true}, {1, 1, NULL, false}};
        kinerja_sel k = sel_teks(nama);
        arg[1].sel = &k;
        r->hasil = panggil_matriks("REKAP_TRIWULAN", arg, 2);
        return;
    }
    double nilai[4];
    bool terisi[4];
    for (int q = 0; q < 4; q++) {
        terisi[q] = tw[q].nilai.jenis == SEL_ANGKA;
        nilai[q] = terisi[q] ? tw[q].nilai.angka : 0.0;
    }
    double v;
    kinerja_status st = triwulan_rekap(nilai, terisi, 4, jenis, &v);
    r->hasil = st == KINERJA_OK       ? sel_angka(v)
               : st == KINERJA_KOSONG ? sel_kosong()
                                      : sel_galat(st);
}

void rumus_rujuk(rumus *r, const char *ref, kinerja_sel nilai)
{
    snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%s)", ref, ref);
    r->hasil = kosong(&nilai) ? sel_kosong() : nilai;
}

void rumus_selisih_rincian(rumus *r, rumus_mode m, const rujukan_sel *total,
                           const char *rincian, const kinerja_sel *nilai,
                           size_t n)
{
    const char *t = total->ref;
    bool rentang = strchr(rincian, ':') != NULL;
    char jaga[256];
    if (rentang)
        snprintf(jaga, sizeof jaga, "OR(%s=\"\",COUNT(%s)=0)", t, rincian);
    else
        snprintf(jaga, sizeof jaga, "OR(%s=\"\",%s=\"\")", t, rincian);
    if (m == RUMUS_ADDIN)
        snprintf(r->teks, sizeof r->teks,
                 "IF(%s,\"\",%sSELISIH_RINCIAN(%s,%s))", jaga, rumus_awalan(),
                 t, rincian);
    else if (rentang)
        snprintf(r->teks, sizeof r->teks, "IF(%s,\"\",%s-SUM(%s))", jaga, t,
                 rincian);
    else
        snprintf(r->teks, sizeof r->teks, "IF(%s,\"\",%s-%s)", jaga, t,
                 rincian);
    size_t terisi = 0;
    for (size_t i = 0; i < n; i++)
        terisi += nilai[i].jenis == SEL_ANGKA;
    if (kosong(&total->nilai) || terisi == 0 || (!rentang && n != 1)) {
        r->hasil = sel_kosong();
        return;
    }
    if (total->nilai.jenis == SEL_GALAT) {
        r->hasil = total->nilai;
        return;
    }
    kinerja_sel *sel = malloc(n * sizeof *sel);
    if (!sel) {
        r->hasil = sel_galat(KINERJA_GALAT_MEMORI);
        return;
    }
    for (size_t i = 0; i < n; i++) /* empty cells of a range: "" */
        sel[i] = kosong(&nilai[i]) ? sel_kosong() : nilai[i];
    kinerja_sel t_sel = total->nilai;
    kinerja_matriks arg[2] = {{1, 1, &t_sel, false}, {n, 1, sel, rentang}};
    r->hasil = panggil_matriks("SELISIH_RINCIAN", arg, 2);
    free(sel);
}

void rumus_cek_anggaran(rumus *r, rumus_mode m, const rujukan_sel *pagu,
                        const rujukan_sel *realisasi)
{
    const char *p = pagu->ref, *x = realisasi->ref;
    if (m == RUMUS_ADDIN)
        snprintf(r->teks, sizeof r->teks,
                 "IF(%s=\"\",\"\",%sCEK_ANGGARAN(%s,%s))", p, rumus_awalan(), p,
                 x);
    else
        snprintf(r->teks, sizeof r->teks,
                 "IF(%s=\"\",\"\",IF(OR(%s=\"\",%s=0),\"%s\",IF(%s>%s,"
                 "\"%s\",\"%s\")))",
                 p, x, x, periksa_anggaran_label(PERIKSA_ANGGARAN_BELUM_DIISI),
                 x, p, periksa_anggaran_label(PERIKSA_ANGGARAN_MELEBIHI_PAGU),
                 periksa_anggaran_label(PERIKSA_ANGGARAN_SESUAI));
    if (kosong(&pagu->nilai)) {
        r->hasil = sel_kosong();
        return;
    }
    /* a blank realisasi reaches the add-in as the empty text of the
     * formula that shows it */
    kinerja_sel arg[2] = {pagu->nilai, kosong(&realisasi->nilai)
                                           ? sel_kosong()
                                           : realisasi->nilai};
    r->hasil = panggil("CEK_ANGGARAN", arg, 2);
}

void rumus_selisih_poin(rumus *r, const rujukan_sel *a, const rujukan_sel *b,
                        int desimal)
{
    snprintf(r->teks, sizeof r->teks,
             "IF(OR(%s=\"\",%s=\"\"),\"\",ROUND(%s-%s,%d))", a->ref, b->ref,
             a->ref, b->ref, desimal);
    if (kosong(&a->nilai) || kosong(&b->nilai)) {
        r->hasil = sel_kosong();
        return;
    }
    if (a->nilai.jenis != SEL_ANGKA || b->nilai.jenis != SEL_ANGKA) {
        r->hasil = sel_galat(KINERJA_GALAT_TIPE);
        return;
    }
    r->hasil =
        sel_angka(bulat_desimal(a->nilai.angka - b->nilai.angka, desimal));
}

void rumus_hasil_selisih(rumus *r, const rujukan_sel *selisih, const char *nol,
                         const char *bukan_nol)
{
    const char *x = selisih->ref;
    snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",IF(%s=0,\"%s\",\"%s\"))",
             x, x, nol, bukan_nol);
    if (kosong(&selisih->nilai))
        r->hasil = sel_kosong();
    else if (selisih->nilai.jenis == SEL_GALAT)
        r->hasil = selisih->nilai;
    else if (selisih->nilai.jenis == SEL_ANGKA)
        r->hasil = sel_teks(selisih->nilai.angka == 0.0 ? nol : bukan_nol);
    else
        r->hasil = sel_galat(KINERJA_GALAT_TIPE);
}

void rumus_capaian(rumus *r, rumus_mode m, const rujukan_sel *target,
                   const rujukan_sel *realisasi, capaian_rumus arah)
{
    const char *t = target->ref, *x = realisasi->ref;
    if (m == RUMUS_ADDIN)
        snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%sCAPAIAN(%s,%s%s))",
                 x, rumus_awalan(), t, x,
                 arah == CAPAIAN_RUMUS_TURUN ? ",\"TURUN\"" : "");
    else if (arah == CAPAIAN_RUMUS_TURUN)
        snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",(2*%s-%s)/%s*100)",
                 x, t, x, t);
    else
        snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%s/%s*100)", x, x,
                 t);
    kinerja_sel arg[3] = {target->nilai, realisasi->nilai,
                          sel_angka(arah == CAPAIAN_RUMUS_TURUN ? 2 : 1)};
    hasil_jaga(r, &realisasi->nilai, "CAPAIAN", arg, 3);
}

void rumus_serapan(rumus *r, rumus_mode m, const rujukan_sel *pagu,
                   const rujukan_sel *realisasi)
{
    const char *p = pagu->ref, *x = realisasi->ref;
    if (m == RUMUS_ADDIN)
        snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%sSERAPAN(%s,%s))",
                 x, rumus_awalan(), p, x);
    else
        snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%s/%s*100)", x, x,
                 p);
    kinerja_sel arg[2] = {pagu->nilai, realisasi->nilai};
    hasil_jaga(r, &realisasi->nilai, "SERAPAN", arg, 2);
}

void rumus_efisiensi(rumus *r, rumus_mode m, const rujukan_sel *kinerja,
                     const rujukan_sel *anggaran)
{
    const char *k = kinerja->ref, *a = anggaran->ref;
    if (m == RUMUS_ADDIN)
        snprintf(r->teks, sizeof r->teks,
                 "IF(OR(%s=\"\",%s=\"\"),\"\",%sEFISIENSI(%s,%s))", k, a,
                 rumus_awalan(), k, a);
    else
        snprintf(r->teks, sizeof r->teks, "IF(OR(%s=\"\",%s=\"\"),\"\",%s/%s)",
                 k, a, k, a);
    if (kosong(&kinerja->nilai) || kosong(&anggaran->nilai)) {
        r->hasil = sel_kosong();
        return;
    }
    if (kinerja->nilai.jenis == SEL_GALAT) {
        r->hasil = kinerja->nilai; /* an error propagates, as in Calc */
        return;
    }
    if (anggaran->nilai.jenis == SEL_GALAT) {
        r->hasil = anggaran->nilai;
        return;
    }
    kinerja_sel arg[2] = {kinerja->nilai, anggaran->nilai};
    r->hasil = panggil("EFISIENSI", arg, 2);
}

/* The number `b` as the shortest fixed-point text that reads back exactly
 * (never an exponent: 1e+02 is not a number in a formula everywhere). */
static void angka_teks(char *buf, size_t n, double b)
{
    for (int p = 0; p <= 17; p++) {
        snprintf(buf, n, "%.*f", p, b);
        if (strtod(buf, NULL) == b)
            return;
    }
}

void rumus_kategori(rumus *r, rumus_mode m, const rujukan_sel *nilai,
                    const char *nama_skala)
{
    const char *x = nilai->ref;
    const skala *s = skala_preset_cari(nama_skala);
    if (m == RUMUS_ADDIN || !s) {
        snprintf(r->teks, sizeof r->teks,
                 "IF(%s=\"\",\"\",%sKATEGORI(%s,\"%s\"))", x, rumus_awalan(), x,
                 nama_skala);
    } else {
        /* Highest band first: IF(ROUND(x,2)>90,"Sangat Tinggi",IF(...)) */
        /* the bands, with room left for the domain guard around them: the
         * reference three times (rujukan_sel.ref), two bounds of angka_teks
         * and the guard's own text, so the whole never passes RUMUS_MAKS */
        char bulat[128], b[40];
        char isi[RUMUS_MAKS - 3 * sizeof nilai->ref - 2 * 40 - 32] = "";
        snprintf(bulat, sizeof bulat, "ROUND(%s,2)", x);
        size_t tutup = 0;
        for (size_t i = s->jumlah_pita; i-- > 0;) {
            const skala_pita *p = &s->pita[i];
            size_t len = strlen(isi);
            if (i == 0 && isinf(p->batas)) {
                snprintf(isi + len, sizeof isi - len, "\"%s\"", p->label);
                break;
            }
            angka_teks(b, sizeof b, p->batas);
            snprintf(isi + len, sizeof isi - len, "IF(%s%s%s,\"%s\",", bulat,
                     p->eksklusif ? ">" : ">=", b, p->label);
            tutup++;
            if (i == 0) {
                len = strlen(isi);
                snprintf(isi + len, sizeof isi - len, "NA()");
            }
        }
        for (size_t i = 0; i < tutup; i++)
            strncat(isi, ")", sizeof isi - strlen(isi) - 1);
        if (isfinite(s->domain_min) || isfinite(s->domain_max)) {
            /* outside the scale's domain: an error, as the add-in gives */
            char lo[40] = "", hi[40] = "";
            angka_teks(lo, sizeof lo, s->domain_min);
            angka_teks(hi, sizeof hi, s->domain_max);
            snprintf(r->teks, sizeof r->teks,
                     "IF(%s=\"\",\"\",IF(OR(%s<%s,%s>%s),NA(),%s))", x, x, lo,
                     x, hi, isi);
        } else {
            snprintf(r->teks, sizeof r->teks, "IF(%s=\"\",\"\",%s)", x, isi);
        }
    }
    if (kosong(&nilai->nilai)) {
        r->hasil = sel_kosong();
        return;
    }
    if (nilai->nilai.jenis == SEL_GALAT) {
        r->hasil = nilai->nilai;
        return;
    }
    kinerja_sel arg[2] = {nilai->nilai, sel_teks(nama_skala)};
    r->hasil = panggil("KATEGORI", arg, 2);
}
