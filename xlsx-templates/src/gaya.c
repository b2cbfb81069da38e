/*
 * gaya.c - shared cell styles (gaya.h).
 */
#include "gaya.h"

#include <stdio.h>
#include <string.h>

static lxw_format *baru(gaya *g)
{
    lxw_format *f = workbook_add_format(g->wb);
    if (f) {
        format_set_font_name(f, "Arial");
        format_set_font_size(f, 10);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    }
    return f;
}

static lxw_format *sel_tabel(gaya *g)
{
    lxw_format *f = baru(g);
    if (f) {
        format_set_border(f, LXW_BORDER_THIN);
        format_set_text_wrap(f);
    }
    return f;
}

static lxw_format *isian(lxw_format *f)
{
    if (f) {
        format_set_unlocked(f);
        format_set_bg_color(f, WARNA_ISIAN);
    }
    return f;
}

static lxw_format *jumlah(lxw_format *f)
{
    if (f) {
        format_set_bold(f);
        format_set_bg_color(f, WARNA_JUMLAH);
    }
    return f;
}

bool gaya_buat(gaya *g, lxw_workbook *wb)
{
    memset(g, 0, sizeof *g);
    g->wb = wb;

    g->judul = baru(g);
    format_set_bold(g->judul);
    format_set_font_size(g->judul, 13);
    format_set_align(g->judul, LXW_ALIGN_CENTER);
    format_set_align(g->judul, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(g->judul);

    g->subjudul = baru(g);
    format_set_bold(g->subjudul);
    format_set_font_size(g->subjudul, 11);
    format_set_align(g->subjudul, LXW_ALIGN_CENTER);
    format_set_text_wrap(g->subjudul);

    g->biasa = baru(g);
    format_set_text_wrap(g->biasa);
    format_set_align(g->biasa, LXW_ALIGN_JUSTIFY);
    g->biasa_tengah = baru(g);
    format_set_align(g->biasa_tengah, LXW_ALIGN_CENTER);
    format_set_text_wrap(g->biasa_tengah);
    g->biasa_tebal = baru(g);
    format_set_bold(g->biasa_tebal);
    format_set_align(g->biasa_tebal, LXW_ALIGN_CENTER);
    format_set_text_wrap(g->biasa_tebal);

    g->biasa_kanan = baru(g);
    format_set_align(g->biasa_kanan, LXW_ALIGN_RIGHT);

    g->kepala = sel_tabel(g);
    format_set_bold(g->kepala);
    format_set_align(g->kepala, LXW_ALIGN_CENTER);
    format_set_align(g->kepala, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(g->kepala, WARNA_KEPALA);

    g->nomor_kolom = sel_tabel(g);
    format_set_italic(g->nomor_kolom);
    format_set_font_size(g->nomor_kolom, 8);
    format_set_align(g->nomor_kolom, LXW_ALIGN_CENTER);
    format_set_bg_color(g->nomor_kolom, WARNA_KEPALA);

    g->teks = sel_tabel(g);
    g->teks_tengah = sel_tabel(g);
    format_set_align(g->teks_tengah, LXW_ALIGN_CENTER);
    g->teks_tebal = sel_tabel(g);
    format_set_bold(g->teks_tebal);

    g->rupiah = sel_tabel(g);
    format_set_num_format(g->rupiah, FORMAT_RUPIAH);
    g->rupiah_tebal = sel_tabel(g);
    format_set_num_format(g->rupiah_tebal, FORMAT_RUPIAH);
    format_set_bold(g->rupiah_tebal);
    g->persen = sel_tabel(g);
    format_set_num_format(g->persen, FORMAT_PERSEN);
    format_set_align(g->persen, LXW_ALIGN_CENTER);
    g->persen_tebal = sel_tabel(g);
    format_set_num_format(g->persen_tebal, FORMAT_PERSEN);
    format_set_align(g->persen_tebal, LXW_ALIGN_CENTER);
    format_set_bold(g->persen_tebal);
    g->kategori = sel_tabel(g);
    format_set_align(g->kategori, LXW_ALIGN_CENTER);
    g->kategori_tebal = sel_tabel(g);
    format_set_align(g->kategori_tebal, LXW_ALIGN_CENTER);
    format_set_bold(g->kategori_tebal);

    g->isian_rupiah = isian(sel_tabel(g));
    format_set_num_format(g->isian_rupiah, FORMAT_RUPIAH);
    g->isian_teks = isian(sel_tabel(g));
    g->isian_tanggal = baru(g);
    format_set_unlocked(g->isian_tanggal);
    format_set_num_format(g->isian_tanggal, FORMAT_TANGGAL);
    format_set_align(g->isian_tanggal, LXW_ALIGN_LEFT);
    g->isian_biasa = baru(g);
    format_set_unlocked(g->isian_biasa);
    format_set_align(g->isian_biasa, LXW_ALIGN_CENTER);
    format_set_text_wrap(g->isian_biasa);
    g->isian_biasa_tebal = baru(g);
    format_set_unlocked(g->isian_biasa_tebal);
    format_set_bold(g->isian_biasa_tebal);
    format_set_align(g->isian_biasa_tebal, LXW_ALIGN_CENTER);
    format_set_text_wrap(g->isian_biasa_tebal);
    g->isian_biasa_kiri = baru(g);
    format_set_unlocked(g->isian_biasa_kiri);
    format_set_text_wrap(g->isian_biasa_kiri);
    g->isian_biasa_garis = baru(g);
    format_set_unlocked(g->isian_biasa_garis);
    format_set_bold(g->isian_biasa_garis);
    format_set_underline(g->isian_biasa_garis, LXW_UNDERLINE_SINGLE);
    format_set_align(g->isian_biasa_garis, LXW_ALIGN_CENTER);

    g->teks_bebas = sel_tabel(g);
    format_set_unlocked(g->teks_bebas);
    for (int t = 0; t < 3; t++)
        for (int i = 0; i < 2; i++) {
            lxw_format *f = sel_tabel(g);
            if (!f)
                return false;
            if (t == 0)
                format_set_bold(f);
            format_set_indent(f, (uint8_t)t);
            if (i)
                format_set_unlocked(f);
            g->uraian[t][i] = f;
        }

    /* conditional formats carry only what changes */
    g->tanda_lebih = workbook_add_format(wb);
    format_set_bg_color(g->tanda_lebih, 0xF8CBAD);
    format_set_font_color(g->tanda_lebih, 0x9C0006);
    g->tanda_selisih = workbook_add_format(wb);
    format_set_bg_color(g->tanda_selisih, 0xFFE699);
    format_set_italic(g->tanda_selisih);
    g->tanda_revisi = workbook_add_format(wb);
    format_set_bg_color(g->tanda_revisi, 0xDDEBF7);
    format_set_font_color(g->tanda_revisi, 0x1F4E79);

    g->bagian = sel_tabel(g);
    format_set_bold(g->bagian);
    format_set_bg_color(g->bagian, WARNA_JUMLAH);
    g->selisih = sel_tabel(g);
    format_set_num_format(g->selisih, FORMAT_SELISIH);

    g->jumlah_teks = jumlah(sel_tabel(g));
    format_set_align(g->jumlah_teks, LXW_ALIGN_CENTER);
    g->jumlah_rupiah = jumlah(sel_tabel(g));
    format_set_num_format(g->jumlah_rupiah, FORMAT_RUPIAH);
    g->jumlah_persen = jumlah(sel_tabel(g));
    format_set_num_format(g->jumlah_persen, FORMAT_PERSEN);
    format_set_align(g->jumlah_persen, LXW_ALIGN_CENTER);
    g->jumlah_kategori = jumlah(sel_tabel(g));
    format_set_align(g->jumlah_kategori, LXW_ALIGN_CENTER);

    return g->judul && g->subjudul && g->biasa && g->biasa_tengah &&
           g->biasa_tebal && g->biasa_kanan && g->isian_biasa_kiri &&
           g->kepala && g->nomor_kolom && g->teks && g->teks_tengah &&
           g->teks_tebal && g->rupiah && g->rupiah_tebal && g->persen &&
           g->persen_tebal && g->kategori && g->kategori_tebal &&
           g->isian_rupiah && g->isian_teks && g->isian_tanggal &&
           g->isian_biasa && g->isian_biasa_tebal && g->isian_biasa_garis &&
           g->teks_bebas && g->tanda_lebih && g->tanda_selisih &&
           g->tanda_revisi && g->bagian && g->selisih && g->jumlah_teks &&
           g->jumlah_rupiah && g->jumlah_persen && g->jumlah_kategori;
}

lxw_format *gaya_angka(gaya *g, int desimal, const char *satuan,
                       const char *predikat, bool isian_sel)
{
    if (desimal < 0)
        desimal = 0;
    if (desimal > 10)
        desimal = 10;
    char akhiran[96] = "";
    if (satuan && *satuan)
        snprintf(akhiran, sizeof akhiran, "%s%s",
                 strcmp(satuan, "%") == 0 ? "" : " ", satuan);
    if (predikat && *predikat) {
        size_t n = strlen(akhiran);
        snprintf(akhiran + n, sizeof akhiran - n, " (%s)", predikat);
    }
    char kunci[160];
    snprintf(kunci, sizeof kunci, "%d|%s|%d", desimal, akhiran,
             isian_sel ? 1 : 0);
    for (size_t i = 0; i < g->jumlah_angka; i++)
        if (strcmp(g->angka[i].kunci, kunci) == 0)
            return g->angka[i].format;

    /* "[$-421]#,##0.00" then the suffix as a quoted literal */
    char fmt[200] = "[$-421]#,##0";
    if (desimal > 0) {
        strcat(fmt, ".");
        for (int i = 0; i < desimal; i++)
            strcat(fmt, "0");
    }
    if (*akhiran) {
        size_t n = strlen(fmt);
        snprintf(fmt + n, sizeof fmt - n, "\"%s\"", akhiran);
    }
    lxw_format *f = sel_tabel(g);
    if (!f)
        return g->teks;
    format_set_num_format(f, fmt);
    format_set_align(f, LXW_ALIGN_CENTER);
    if (isian_sel)
        isian(f);
    if (g->jumlah_angka < sizeof g->angka / sizeof g->angka[0]) {
        snprintf(g->angka[g->jumlah_angka].kunci, sizeof g->angka[0].kunci,
                 "%s", kunci);
        g->angka[g->jumlah_angka++].format = f;
    }
    return f;
}

lxw_format *gaya_selisih(gaya *g, int desimal)
{
    if (desimal <= 0)
        return g->selisih;
    if (desimal > 10)
        desimal = 10;
    char kunci[160];
    snprintf(kunci, sizeof kunci, "selisih|%d", desimal);
    for (size_t i = 0; i < g->jumlah_angka; i++)
        if (strcmp(g->angka[i].kunci, kunci) == 0)
            return g->angka[i].format;
    char nol[16] = "0.", fmt[96];
    for (int i = 0; i < desimal; i++)
        strcat(nol, "0");
    snprintf(fmt, sizeof fmt, "[$-421]+#,##%s;-#,##%s;%s", nol, nol, nol);
    lxw_format *f = sel_tabel(g);
    if (!f)
        return g->selisih;
    format_set_num_format(f, fmt);
    if (g->jumlah_angka < sizeof g->angka / sizeof g->angka[0]) {
        snprintf(g->angka[g->jumlah_angka].kunci, sizeof g->angka[0].kunci,
                 "%s", kunci);
        g->angka[g->jumlah_angka++].format = f;
    }
    return f;
}
