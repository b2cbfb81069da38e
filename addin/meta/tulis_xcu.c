/*
 * tulis_xcu.c - CalcAddIns.xcu from the function table.
 *
 * Calc reads an add-in's Function Wizard metadata from
 * org.openoffice.Office.CalcAddIns/AddInInfo/<service>/AddInFunctions/
 * <method> (schema: officecfg CalcAddIns.xcs), so the component needs no
 * XAddIn and is loaded only when a formula first uses it.  Localized values
 * carry xml:lang "id" and "en"; the configuration falls back from any
 * English locale (en-US, en-GB) to "en", and Calc takes a function's
 * English name from an "en" value when there is no "en-US" one.
 *
 * No CompatibilityName is written: it is the name Calc exports to xlsx
 * instead of the internal SERVICE.METHOD name, and LibreOffice 7.4 does not
 * map it back on import, so a Calc-saved xlsx would reopen as #NAME?.
 *
 * The Function Wizard keeps room for two lines of an argument's help and
 * three of a function's description (LibreOffice's parameter page sizes
 * those labels so when it is built); at the dialog's default width a line
 * holds about 70 characters.  Longer help is refused here, not cut off in
 * front of the user.
 */
#include <string.h>

#include "meta.h"

#define ARGUMEN_MAKS 140 /* characters: two lines of the argument help */
#define URAIAN_MAKS 210  /* three lines of the function description */

/* Characters (UTF-8 code points) of s. */
static size_t panjang_huruf(const char *s)
{
    size_t n = 0;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        if ((*c & 0xC0) != 0x80)
            n++;
    return n;
}

/* Refuses help that would not fit where the Wizard shows it. */
static int periksa_panjang(const char *fungsi, const char *apa,
                           const char *nama, const char *teks, size_t maks)
{
    size_t n = teks != NULL ? panjang_huruf(teks) : 0;
    if (n <= maks)
        return 0;
    fprintf(stderr,
            "kinerja-meta: %s: %s%s has %zu characters; the Function Wizard "
            "shows at most %zu there: shorten it (move detail to the "
            "function's description)\n",
            fungsi, apa, nama, n, maks);
    return -1;
}

/* Text content and attribute values: the five XML specials; control
 * characters are not allowed in XML 1.0 and mean a broken table entry. */
static int tulis_teks_xml(FILE *keluar, const char *teks)
{
    static const char *const ganti[128] = {['&'] = "&amp;",
                                           ['<'] = "&lt;",
                                           ['>'] = "&gt;",
                                           ['"'] = "&quot;",
                                           ['\''] = "&apos;"};
    for (const unsigned char *c = (const unsigned char *)teks; *c; c++)
        if (*c < 0x20 && *c != '\t' && *c != '\n' && *c != '\r') {
            fprintf(stderr,
                    "kinerja-meta: control character 0x%02x in \"%s\"\n", *c,
                    teks);
            return -1;
        }
    meta_tulis_ganti(keluar, teks, ganti);
    return 0;
}

static int tulis_prop_bahasa(FILE *keluar, const char *indent, const char *nama,
                             const char *id, const char *en)
{
    if (id == NULL || en == NULL || id[0] == '\0' || en[0] == '\0') {
        fprintf(stderr, "kinerja-meta: %s needs both id and en text\n", nama);
        return -1;
    }
    fprintf(keluar, "%s<prop oor:name=\"%s\">\n", indent, nama);
    fprintf(keluar, "%s  <value xml:lang=\"id\">", indent);
    if (tulis_teks_xml(keluar, id) != 0)
        return -1;
    fprintf(keluar, "</value>\n%s  <value xml:lang=\"en\">", indent);
    if (tulis_teks_xml(keluar, en) != 0)
        return -1;
    fprintf(keluar, "</value>\n%s</prop>\n", indent);
    return 0;
}

static int tulis_fungsi(FILE *keluar, const fungsi_info *f)
{
    const char *i1 = "        ";
    const char *i2 = "          ";
    const char *i3 = "              ";

    if (periksa_panjang(f->nama, "the Indonesian description", "", f->uraian_id,
                        URAIAN_MAKS) != 0 ||
        periksa_panjang(f->nama, "the English description", "", f->uraian_en,
                        URAIAN_MAKS) != 0)
        return -1;
    for (size_t k = 0; k < f->jumlah_argumen; k++)
        if (periksa_panjang(f->nama, "the help of argument ",
                            f->argumen[k].nama_id, f->argumen[k].uraian_id,
                            ARGUMEN_MAKS) != 0 ||
            periksa_panjang(f->nama, "the help of argument ",
                            f->argumen[k].nama_en, f->argumen[k].uraian_en,
                            ARGUMEN_MAKS) != 0)
            return -1;

    fprintf(keluar, "%s<node oor:name=\"%s\" oor:op=\"replace\">\n", i1,
            f->nama);
    /* The Calc name is the same in every language. */
    if (tulis_prop_bahasa(keluar, i2, "DisplayName", f->nama, f->nama) != 0 ||
        tulis_prop_bahasa(keluar, i2, "Description", f->uraian_id,
                          f->uraian_en) != 0)
        return -1;
    fprintf(keluar, "%s<prop oor:name=\"Category\">\n", i2);
    fprintf(keluar, "%s  <value>%s</value>\n", i2, FUNGSI_KATEGORI);
    fprintf(keluar, "%s</prop>\n", i2);

    /* Parameters are matched to the method's by name, not by order: the
     * node names are the IDL's parameter names. */
    fprintf(keluar, "%s<node oor:name=\"Parameters\">\n", i2);
    for (size_t k = 0; k < f->jumlah_argumen; k++) {
        const fungsi_argumen *a = &f->argumen[k];
        const char *nama = meta_nama_parameter(f, k);
        if (nama == NULL)
            return -1;
        fprintf(keluar,
                "            <node oor:name=\"%s\" oor:op=\"replace\">\n",
                nama);
        if (tulis_prop_bahasa(keluar, i3, "DisplayName", a->nama_id,
                              a->nama_en) != 0 ||
            tulis_prop_bahasa(keluar, i3, "Description", a->uraian_id,
                              a->uraian_en) != 0)
            return -1;
        fputs("            </node>\n", keluar);
    }
    fprintf(keluar, "%s</node>\n", i2);
    fprintf(keluar, "%s</node>\n", i1);
    return 0;
}

int tulis_xcu(FILE *keluar, const char *layanan)
{
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<!-- Generated from addin/fungsi/fungsi_tabel.c by kinerja-meta;"
          " do not edit. -->\n"
          "<oor:component-data"
          " xmlns:oor=\"http://openoffice.org/2001/registry\"\n"
          "    xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
          "    oor:name=\"CalcAddIns\" oor:package=\"org.openoffice.Office\">\n"
          "  <node oor:name=\"AddInInfo\">\n",
          keluar);
    fputs("    <node oor:name=\"", keluar);
    if (tulis_teks_xml(keluar, layanan) != 0)
        return -1;
    fputs("\" oor:op=\"replace\">\n"
          "      <node oor:name=\"AddInFunctions\">\n",
          keluar);
    for (size_t i = 0; i < fungsi_jumlah; i++)
        if (tulis_fungsi(keluar, &fungsi_tabel[i]) != 0)
            return -1;
    fputs("      </node>\n"
          "    </node>\n"
          "  </node>\n"
          "</oor:component-data>\n",
          keluar);
    return ferror(keluar) ? -1 : 0;
}
