/*
 * kinerja-template - writes the LKjIP workbooks (RKT, Perjanjian Kinerja,
 * Pengukuran Kinerja, Realisasi Anggaran, Ringkasan) for one plan.
 *
 * With no plan folder it writes them for the built-in example, the seed's
 * 2024 plan of Diskominfo Kabupaten Mojokerto.  Usage and exit statuses
 * are in --help and xlsx-templates/README.md.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buku_baca.h"
#include "cetak.h"
#include "generator.h"
#include "keluaran.h"
#include "konsolidasi.h"
#include "massal.h"
#include "rencana.h"
#include "rencana_tahun_depan.h"
#include "rencana_tulis.h"

static void bantuan(FILE *f)
{
    fputs(
        "Pemakaian: kinerja-template [PILIHAN] [FOLDER_RENCANA]\n"
        "           kinerja-template --massal [PILIHAN] FOLDER_KUMPULAN\n"
        "           kinerja-template --konsolidasi [PILIHAN] FOLDER_KUMPULAN\n"
        "\n"
        "Menulis buku kerja LKjIP (.xlsx) dari rencana kinerja dan anggaran\n"
        "dalam FOLDER_RENCANA (identitas.csv, kinerja.csv, anggaran.csv,\n"
        "renstra.csv opsional; formatnya di xlsx-templates/README.md).\n"
        "Tanpa FOLDER_RENCANA: contoh bawaan, LKjIP 2024 Diskominfo\n"
        "Kabupaten Mojokerto.\n"
        "\n"
        "Buku kerja: kinerja-TAHUN.xlsx, satu buku per perangkat daerah\n"
        "dan tahun: RKT, PK, Pengukuran Kinerja, Triwulan, Realisasi\n"
        "Anggaran, Pemeriksaan, Ringkasan, Perbandingan dan grafiknya;\n"
        "setiap angka diisi di satu sel, lembar lain merujuknya. Dokumen\n"
        "tersendiri (-b): rkt-TAHUN.xlsx, perjanjian-kinerja-TAHUN.xlsx,\n"
        "pengukuran-kinerja-TAHUN.xlsx, realisasi-anggaran-TAHUN.xlsx,\n"
        "ringkasan-TAHUN.xlsx.\n"
        "\n"
        "Pilihan:\n"
        "  -k, --keluar FOLDER   folder hasil (bawaan: ./keluaran)\n"
        "  -b, --buku DAFTAR     buku yang ditulis, dipisah koma: satu\n"
        "                        (bawaan: kinerja-TAHUN.xlsx), rkt, pk,\n"
        "                        pengukuran, realisasi, ringkasan (dokumen\n"
        "                        tersendiri dengan sel isiannya sendiri),\n"
        "                        semua (kelima dokumen tersendiri)\n"
        "  -r, --rumus BENTUK    addin (bawaan): rumus memanggil add-in\n"
        "                        Kinerja (ID.KINERJA.FUNGSI.*);\n"
        "                        standar: hanya fungsi standar, hasil sama\n"
        "                        tanpa add-in dan di Excel\n"
        "  -t, --timpa, --force  timpa berkas hasil yang sudah ada\n"
        "      --kertas KERTAS   A4 (bawaan) atau F4 (folio, 215 x 330 mm):\n"
        "                        ukuran kertas cetak setiap lembar\n"
        "      --tanpa-proteksi  lembar tidak dikunci\n"
        "      --tanpa-realisasi templat kosong untuk awal tahun: realisasi\n"
        "                        rencana diabaikan, sel isian dibiarkan "
        "kosong\n"
        "      --periksa         hanya periksa rencana, tidak menulis apa pun\n"
        "      --tulis-csv FOLDER\n"
        "                        tulis rencana (setelah --tanpa-realisasi,\n"
        "                        bila diberikan) sebagai berkas CSV ke\n"
        "                        FOLDER, bukan buku kerja\n"
        "      --salin-contoh FOLDER\n"
        "                        salin CSV contoh bawaan ke FOLDER sebagai\n"
        "                        titik awal rencana sendiri\n"
        "      --baca-buku BERKAS_ATAU_FOLDER\n"
        "                        baca isian buku kerja yang sudah diisi\n"
        "                        (.xlsx atau .ods: realisasi indikator,\n"
        "                        triwulan, pagu dan realisasi anggaran) ke\n"
        "                        rencana asal (FOLDER_RENCANA atau contoh\n"
        "                        bawaan), lalu tulis rencana itu sebagai CSV\n"
        "                        ke folder --keluar (atau --tulis-csv); "
        "dengan\n"
        "                        --buku: buku kerja itu dari isian (-b pk: PK\n"
        "                        perubahan dari pagu yang direvisi; -b\n"
        "                        ringkasan: tabel LKjIP)\n"
        "      --tahun-depan     tulis rencana tahun berikutnya sebagai CSV:\n"
        "                        tahun + 1, target dari renstra.csv, "
        "realisasi\n"
        "                        kosong, pagu akhir tahun ini sebagai awal\n"
        "                        (setelah --baca-buku bila diberikan)\n"
        "  -m, --massal          FOLDER_KUMPULAN berisi satu subfolder "
        "rencana\n"
        "                        per perangkat daerah; hasil tiap rencana ke\n"
        "                        subfolder bernama sama di folder hasil\n"
        "      --konsolidasi     FOLDER_KUMPULAN berisi satu subfolder per\n"
        "                        perangkat daerah (rencananya dan buku kerja\n"
        "                        .xlsx/.ods yang sudah diisi; tanpa buku\n"
        "                        kerja: belum melapor) dan pemda.csv\n"
        "                        opsional (indikator Pemda dan sumbernya);\n"
        "                        tulis satu buku kerja daerah\n"
        "                        konsolidasi-TAHUN.xlsx ke folder --keluar\n"
        "  -j, --jobs N          mode massal: N rencana sekaligus (bawaan:\n"
        "                        jumlah inti prosesor)\n"
        "  -h, --help            tampilkan bantuan ini\n"
        "  -V, --version         tampilkan versi\n"
        "\n"
        "Kode keluar: 0 berhasil; 1 rencana atau buku kerja salah (pesan\n"
        "berkas:baris:kolom atau berkas: lembar, sel; tidak ada berkas "
        "ditulis); 2 pemakaian salah; 3 berkas hasil sudah\n"
        "ada (pakai --timpa); 4 gagal menulis (tidak ada berkas tertinggal);\n"
        "5 mode massal: satu rencana atau lebih gagal (yang lain tetap\n"
        "ditulis).\n",
        f);
}

static void cetak_galat(const galat_rencana *g)
{
    for (size_t i = 0; i < g->jumlah; i++)
        fprintf(stderr, "%s\n", g->pesan[i]);
    if (g->terbuang)
        fprintf(stderr, "... dan %zu masalah lain\n", g->terbuang);
    if (g->memori_habis)
        fprintf(stderr, "kinerja-template: memori tidak cukup\n");
}

/* 19133884991 -> "19.133.884.991" */
static void rupiah_teks(int64_t v, char *buf, size_t n)
{
    char angka[32], hasil[64];
    snprintf(angka, sizeof angka, "%lld", (long long)(v < 0 ? -v : v));
    size_t len = strlen(angka), k = 0;
    for (size_t i = 0; i < len; i++) {
        if (i && (len - i) % 3 == 0)
            hasil[k++] = '.';
        hasil[k++] = angka[i];
    }
    hasil[k] = 0;
    snprintf(buf, n, "%s%s", v < 0 ? "-" : "", hasil);
}

/* ---- batch mode -------------------------------------------------------- */

typedef struct tampilan {
    bool kemajuan; /* draw a progress bar (stderr is a terminal) */
    size_t gagal;
} tampilan;

/* [##########..........]  7/12  gagal 1  nama */
static void gambar_kemajuan(void *ctx, size_t selesai, size_t jumlah,
                            const massal_satu *satu)
{
    tampilan *t = ctx;
    if (satu->hasil != HASIL_OK)
        t->gagal++;
    if (!t->kemajuan)
        return;
    enum { LEBAR = 30 };
    size_t isi = jumlah ? selesai * LEBAR / jumlah : LEBAR;
    char batang[LEBAR + 1];
    for (size_t i = 0; i < LEBAR; i++)
        batang[i] = i < isi ? '#' : '.';
    batang[LEBAR] = 0;
    fprintf(stderr, "\r\033[K[%s] %zu/%zu", batang, selesai, jumlah);
    if (t->gagal)
        fprintf(stderr, "  gagal %zu", t->gagal);
    fprintf(stderr, "  %.40s", satu->nama);
    if (selesai == jumlah)
        fprintf(stderr, "\r\033[K");
    fflush(stderr);
}

static const char *arti_hasil(generator_hasil h)
{
    static const char *const arti[] = {
        [HASIL_OK] = "berhasil",
        [HASIL_RENCANA_SALAH] = "rencana salah, tidak ada berkas ditulis",
        [HASIL_SUDAH_ADA] = "berkas hasil sudah ada (pakai --timpa)",
        [HASIL_GAGAL_TULIS] = "gagal menulis, tidak ada berkas tertinggal",
    };
    const char *a = (unsigned)h < sizeof arti / sizeof arti[0] ? arti[h] : NULL;
    return a ? a : "gagal";
}

static int jalankan_massal(const massal_opsi *mo)
{
    tampilan t = {isatty(STDERR_FILENO) == 1, 0};
    massal_laporan lap;
    galat_rencana g;
    galat_init(&g);
    generator_hasil h = massal_jalankan(mo, &lap, gambar_kemajuan, &t, &g);
    cetak_galat(&g);
    galat_bebas(&g);
    if (h == HASIL_PEMAKAIAN || (lap.jumlah == 0 && h != HASIL_OK)) {
        massal_laporan_bebas(&lap);
        return h;
    }
    /* what was written, in name order; then what failed and why */
    for (size_t i = 0; i < lap.jumlah; i++) {
        const massal_satu *s = &lap.rencana[i];
        if (s->hasil != HASIL_OK)
            continue;
        if (mo->periksa)
            printf("sah: %s\n", s->nama);
        else
            printf("ditulis: %s -> %s (%zu buku kerja)\n", s->nama,
                   s->folder_keluar, s->jumlah_berkas);
    }
    for (size_t i = 0; i < lap.jumlah; i++) {
        const massal_satu *s = &lap.rencana[i];
        if (s->hasil == HASIL_OK)
            continue;
        fprintf(stderr, "gagal: %s (kode %d: %s)\n", s->nama, (int)s->hasil,
                arti_hasil(s->hasil));
        cetak_galat(&s->galat);
    }
    printf("massal: %zu rencana, %zu %s, %zu gagal\n", lap.jumlah, lap.berhasil,
           mo->periksa ? "sah" : "ditulis", lap.gagal);
    massal_laporan_bebas(&lap);
    return h;
}

/* ---- consolidation ------------------------------------------------------ */

static int jalankan_konsolidasi(const char *folder, const generator_opsi *o)
{
    galat_rencana g;
    galat_init(&g);
    konsolidasi k;
    if (!konsolidasi_baca(folder, &k, &g)) {
        cetak_galat(&g);
        fprintf(stderr,
                "kinerja-template: kumpulan '%s' memuat kesalahan; tidak ada "
                "berkas ditulis\n",
                folder);
        galat_bebas(&g);
        return HASIL_RENCANA_SALAH;
    }
    char pagu[80], real[80];
    rupiah_teks(k.jumlah_pagu, pagu, sizeof pagu);
    rupiah_teks(k.jumlah_realisasi, real, sizeof real);
    printf("%s, tahun %d: %zu perangkat daerah, %zu melapor, %zu indikator "
           "Pemda; pagu Rp %s, realisasi Rp %s\n",
           k.kabupaten, k.tahun, k.jumlah_opd, k.melapor, k.jumlah_pemda, pagu,
           k.ada_realisasi ? real : "(belum diisi)");
    char *ditulis = NULL;
    generator_hasil h = konsolidasi_tulis(&k, o, &ditulis, &g);
    cetak_galat(&g);
    if (ditulis)
        printf("ditulis: %s\n", ditulis);
    free(ditulis);
    konsolidasi_bebas(&k);
    galat_bebas(&g);
    return h;
}

static size_t jumlah_program(const rencana *r)
{
    size_t n = 0;
    for (size_t i = 0; i < r->jumlah_simpul; i++)
        n += r->simpul[i].tingkat == TINGKAT_PROGRAM;
    return n;
}

int main(int argc, char **argv)
{
    enum {
        OPT_TANPA_PROTEKSI = 1000,
        OPT_PERIKSA,
        OPT_SALIN_CONTOH,
        OPT_TANPA_REALISASI,
        OPT_TULIS_CSV,
        OPT_KERTAS,
        OPT_BACA_BUKU,
        OPT_KONSOLIDASI,
        OPT_TAHUN_DEPAN
    };
    static const struct option opsi[] = {
        {"keluar", required_argument, NULL, 'k'},
        {"buku", required_argument, NULL, 'b'},
        {"rumus", required_argument, NULL, 'r'},
        {"timpa", no_argument, NULL, 't'},
        {"force", no_argument, NULL, 't'},
        {"tanpa-proteksi", no_argument, NULL, OPT_TANPA_PROTEKSI},
        {"periksa", no_argument, NULL, OPT_PERIKSA},
        {"tanpa-realisasi", no_argument, NULL, OPT_TANPA_REALISASI},
        {"salin-contoh", required_argument, NULL, OPT_SALIN_CONTOH},
        {"tulis-csv", required_argument, NULL, OPT_TULIS_CSV},
        {"kertas", required_argument, NULL, OPT_KERTAS},
        {"paper", required_argument, NULL, OPT_KERTAS},
        {"baca-buku", required_argument, NULL, OPT_BACA_BUKU},
        {"konsolidasi", no_argument, NULL, OPT_KONSOLIDASI},
        {"tahun-depan", no_argument, NULL, OPT_TAHUN_DEPAN},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {"massal", no_argument, NULL, 'm'},
        {"batch", no_argument, NULL, 'm'},
        {"jobs", required_argument, NULL, 'j'},
        {NULL, 0, NULL, 0},
    };
    generator_opsi o = {.folder = "keluaran",
                        .buku = BUKU_SATU,
                        .tulis = {RUMUS_ADDIN, true, KERTAS_A4, false},
                        .timpa = false};
    bool periksa = false, tanpa_realisasi = false, massal = false,
         konsolidasi_mode = false, buku_dipilih = false, tahun_depan = false;
    unsigned jobs = 0;
    const char *salin = NULL, *tulis_csv = NULL, *baca_buku = NULL;
    /* Ctrl-C or a kill during a run leaves no hidden temporary files */
    keluaran_tangkap_sinyal();
    int c;
    while ((c = getopt_long(argc, argv, "k:b:r:thVmj:", opsi, NULL)) != -1) {
        switch (c) {
        case 'k':
            o.folder = optarg;
            break;
        case 'b':
            buku_dipilih = true;
            o.buku = generator_buku_dari_nama(optarg);
            if (!o.buku) {
                fprintf(stderr,
                        "kinerja-template: --buku '%s' tidak dikenal "
                        "(satu, rkt, pk, pengukuran, realisasi, "
                        "ringkasan, semua)\n",
                        optarg);
                return HASIL_PEMAKAIAN;
            }
            break;
        case 'r':
            if (!strcmp(optarg, "addin") || !strcmp(optarg, "add-in"))
                o.tulis.rumus = RUMUS_ADDIN;
            else if (!strcmp(optarg, "standar") || !strcmp(optarg, "standard"))
                o.tulis.rumus = RUMUS_STANDAR;
            else {
                fprintf(stderr,
                        "kinerja-template: --rumus '%s' tidak dikenal "
                        "(addin atau standar)\n",
                        optarg);
                return HASIL_PEMAKAIAN;
            }
            break;
        case 't':
            o.timpa = true;
            break;
        case OPT_TANPA_PROTEKSI:
            o.tulis.proteksi = false;
            break;
        case OPT_KERTAS:
            if (!kertas_baca(optarg, &o.tulis.kertas)) {
                fprintf(stderr,
                        "kinerja-template: --kertas '%s' tidak dikenal (A4 "
                        "atau F4)\n",
                        optarg);
                return HASIL_PEMAKAIAN;
            }
            break;
        case OPT_PERIKSA:
            periksa = true;
            break;
        case OPT_TANPA_REALISASI:
            tanpa_realisasi = true;
            break;
        case OPT_SALIN_CONTOH:
            salin = optarg;
            break;
        case OPT_TULIS_CSV:
            tulis_csv = optarg;
            break;
        case OPT_BACA_BUKU:
            baca_buku = optarg;
            break;
        case OPT_KONSOLIDASI:
            konsolidasi_mode = true;
            break;
        case OPT_TAHUN_DEPAN:
            tahun_depan = true;
            break;
        case 'm':
            massal = true;
            break;
        case 'j': {
            char *akhir;
            long v = strtol(optarg, &akhir, 10);
            if (*akhir || v < 1 || v > 1024) {
                fprintf(stderr,
                        "kinerja-template: --jobs '%s' harus angka 1 sampai "
                        "1024\n",
                        optarg);
                return HASIL_PEMAKAIAN;
            }
            jobs = (unsigned)v;
            break;
        }
        case 'h':
            bantuan(stdout);
            return HASIL_OK;
        case 'V':
            printf("kinerja-template %s\n", KINERJA_VERSI);
            return HASIL_OK;
        default:
            fprintf(stderr, "Coba 'kinerja-template --help'.\n");
            return HASIL_PEMAKAIAN;
        }
    }
    if (argc - optind > 1) {
        fprintf(stderr, "kinerja-template: satu folder rencana saja "
                        "(coba --help)\n");
        return HASIL_PEMAKAIAN;
    }
    const char *folder = optind < argc ? argv[optind] : NULL;

    if (jobs && !massal) {
        fprintf(stderr, "kinerja-template: --jobs hanya untuk --massal\n");
        return HASIL_PEMAKAIAN;
    }
    if (konsolidasi_mode) {
        if (!folder || massal || salin || tulis_csv || baca_buku ||
            tahun_depan || periksa || tanpa_realisasi || buku_dipilih) {
            fprintf(stderr, "kinerja-template: --konsolidasi perlu satu folder "
                            "kumpulan (dan hanya -k, --rumus, --kertas, "
                            "--timpa, --tanpa-proteksi)\n");
            return HASIL_PEMAKAIAN;
        }
        return jalankan_konsolidasi(folder, &o);
    }
    if (massal) {
        if (!folder || salin || tulis_csv || baca_buku || tahun_depan) {
            fprintf(stderr, "kinerja-template: --massal perlu satu folder "
                            "kumpulan rencana (dan tanpa --salin-contoh atau "
                            "--tulis-csv)\n");
            return HASIL_PEMAKAIAN;
        }
        massal_opsi mo = {folder, o, tanpa_realisasi, periksa,
                          jobs ? jobs : massal_jumlah_inti()};
        return jalankan_massal(&mo);
    }

    galat_rencana g;
    galat_init(&g);
    if (salin) {
        if (folder) {
            fprintf(stderr, "kinerja-template: --salin-contoh tidak memakai "
                            "folder rencana\n");
            return HASIL_PEMAKAIAN;
        }
        generator_hasil h = generator_salin_contoh(salin, o.timpa, &g);
        cetak_galat(&g);
        galat_bebas(&g);
        if (h == HASIL_OK)
            printf("contoh bawaan disalin ke %s\n", salin);
        return h;
    }

    rencana r;
    bool ok = folder ? rencana_baca_folder(folder, &r, &g)
                     : rencana_baca_contoh(&r, &g);
    if (!ok) {
        cetak_galat(&g);
        if (folder && massal_tampak_kumpulan(folder))
            fprintf(stderr,
                    "kinerja-template: '%s' berisi subfolder rencana; untuk "
                    "menulis semuanya pakai --massal\n",
                    folder);
        fprintf(stderr,
                "kinerja-template: %s%s%s memuat kesalahan; tidak ada berkas "
                "ditulis\n",
                folder ? "rencana di '" : "contoh bawaan", folder ? folder : "",
                folder ? "'" : "");
        galat_bebas(&g);
        return HASIL_RENCANA_SALAH;
    }
    if (tanpa_realisasi && !rencana_tanpa_realisasi(&r, &g)) {
        cetak_galat(&g);
        rencana_bebas(&r);
        galat_bebas(&g);
        return HASIL_RENCANA_SALAH;
    }
    if (baca_buku) {
        size_t n = 0;
        if (!buku_baca_isian(baca_buku, &r, &n, &g)) {
            cetak_galat(&g);
            fprintf(stderr,
                    "kinerja-template: buku kerja di '%s' tidak terbaca; "
                    "tidak ada berkas ditulis\n",
                    baca_buku);
            rencana_bebas(&r);
            galat_bebas(&g);
            return HASIL_RENCANA_SALAH;
        }
        printf("dibaca: %zu lembar isian dari %s\n", n, baca_buku);
    }
    if (tahun_depan) {
        galat_rencana catatan;
        galat_init(&catatan);
        ok = rencana_tahun_depan(&r, &catatan, &g);
        for (size_t i = 0; i < catatan.jumlah; i++)
            fprintf(stderr, "catatan: %s\n", catatan.pesan[i]);
        galat_bebas(&catatan);
        if (!ok) {
            cetak_galat(&g);
            rencana_bebas(&r);
            galat_bebas(&g);
            return HASIL_GAGAL_TULIS;
        }
    }
    /* what was read back or rolled over is a plan: CSV, unless workbooks
     * are asked for (the PK perubahan, the LKjIP tables) */
    if ((baca_buku || tahun_depan) && !buku_dipilih && !tulis_csv)
        tulis_csv = o.folder;
    char pagu[80], real[80];
    rupiah_teks(r.jumlah_pagu, pagu, sizeof pagu);
    rupiah_teks(r.jumlah_realisasi, real, sizeof real);
    printf("%s %s, tahun %d: %zu program, pagu Rp %s, realisasi Rp %s\n",
           r.id.instansi, r.id.kabupaten, r.id.tahun, jumlah_program(&r), pagu,
           r.ada_realisasi ? real : "(belum diisi)");
    if (tulis_csv && !periksa) {
        generator_hasil h = rencana_tulis_csv(&r, tulis_csv, o.timpa, &g);
        cetak_galat(&g);
        if (h == HASIL_OK)
            printf("rencana ditulis ke %s\n", tulis_csv);
        rencana_bebas(&r);
        galat_bebas(&g);
        return h;
    }
    if (periksa) {
        printf("rencana sah\n");
        rencana_bebas(&r);
        galat_bebas(&g);
        return HASIL_OK;
    }
    char **ditulis = NULL;
    size_t n = 0;
    generator_hasil h = generator_tulis(&r, &o, &ditulis, &n, &g);
    cetak_galat(&g);
    for (size_t i = 0; i < n; i++) {
        printf("ditulis: %s\n", ditulis[i]);
        free(ditulis[i]);
    }
    free(ditulis);
    rencana_bebas(&r);
    galat_bebas(&g);
    return h;
}
