#include "kinerja_status.h"

/* Calc's error codes, from LibreOffice include/formula/errorcodes.hxx. */
enum {
    CALC_GALAT_ARGUMEN = 502,  /* FormulaError::IllegalArgument: Err:502 */
    CALC_GALAT_TIPE = 519,     /* FormulaError::NoValue: #VALUE! */
    CALC_GALAT_BAGI_NOL = 532, /* FormulaError::DivisionByZero: #DIV/0! */
    CALC_GALAT_NA = 32767      /* FormulaError::NotAvailable: #N/A */
};

const char *kinerja_status_teks(kinerja_status status)
{
    switch (status) {
    case KINERJA_OK:
        return "ok";
    case KINERJA_KOSONG:
        return "no value (input not filled in)";
    case KINERJA_GALAT_BAGI_NOL:
        return "division by zero";
    case KINERJA_GALAT_ARGUMEN:
        return "invalid argument";
    case KINERJA_GALAT_TIPE:
        return "text where a number belongs";
    case KINERJA_GALAT_TIDAK_TERSEDIA:
        return "not available";
    case KINERJA_GALAT_MEMORI:
        return "out of memory";
    }
    return "unknown status";
}

int kinerja_status_galat_calc(kinerja_status status)
{
    switch (status) {
    case KINERJA_OK:
    case KINERJA_KOSONG:
        return 0;
    case KINERJA_GALAT_BAGI_NOL:
        return CALC_GALAT_BAGI_NOL;
    case KINERJA_GALAT_TIPE:
        return CALC_GALAT_TIPE;
    case KINERJA_GALAT_TIDAK_TERSEDIA:
        return CALC_GALAT_NA;
    case KINERJA_GALAT_ARGUMEN:
    case KINERJA_GALAT_MEMORI:
        break;
    }
    return CALC_GALAT_ARGUMEN;
}
