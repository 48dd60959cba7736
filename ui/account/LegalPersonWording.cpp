#include "LegalPersonWording.h"

#include "models/Validators.h"

namespace zc::ui {

QString LegalPersonWording::problem(const QString &field, const QString &text)
{
    if (field == QLatin1String("uscc")) {
        switch (validate::uscc(text)) {
        case ValidationError::None: return {};
        case ValidationError::Empty: return tr("Please enter the unit's unified social credit code.");
        case ValidationError::BadCharacter:
            return tr("A unified social credit code has digits and capital letters only, without I, O, Z, S and V.");
        case ValidationError::TooShort:
        case ValidationError::TooLong:
            return tr("A unified social credit code has 18 characters (%1 so far).")
                .arg(validate::codePoints(validate::normalizeCode(text)));
        case ValidationError::BadRegion:
            return tr("Characters 3 to 8 must be the administrative division code of the unit's registration.");
        case ValidationError::BadCheckCharacter:
            return tr("The check character does not fit the rest of the code: please look for a typing error.");
        default: return tr("This is not a valid unified social credit code: please compare it with the licence.");
        }
    }
    if (field == QLatin1String("unit_name")) {
        switch (validate::unitName(text)) {
        case ValidationError::None: return {};
        case ValidationError::Empty: return tr("Please enter the unit's registered name.");
        case ValidationError::TooLong: return tr("The unit name can have at most 100 characters.");
        default: return tr("The unit name contains characters that are not allowed.");
        }
    }
    if (field == QLatin1String("legal_rep_name")) {
        switch (validate::personName(text)) {
        case ValidationError::None: return {};
        case ValidationError::Empty: return tr("Please enter the legal representative's name.");
        case ValidationError::TooLong: return tr("The name can have at most 50 characters.");
        default: return tr("The name contains characters that are not allowed.");
        }
    }
    switch (validate::residentId(text)) {
    case ValidationError::None: return {};
    case ValidationError::Empty: return tr("Please enter the legal representative's resident ID number.");
    case ValidationError::TooShort:
    case ValidationError::TooLong:
        return tr("A resident ID number has 18 characters (%1 so far).")
            .arg(validate::codePoints(validate::normalizeCode(text)));
    case ValidationError::BadCharacter:
    case ValidationError::BadFormat:
        return tr("A resident ID number has 17 digits and a last digit or X.");
    case ValidationError::BadDate: return tr("The birth date in the ID number (characters 7 to 14) is not a real date.");
    case ValidationError::BadCheckCharacter:
        return tr("The last character does not fit the others: please look for a typing error.");
    default: return tr("This is not a valid resident ID number.");
    }
}

} // namespace zc::ui
