#include "feeddocument.h"

namespace oqy::feeds {

QString Person::display() const
{
    if (!name.isEmpty() && !email.isEmpty())
        return name + QLatin1String(" (") + email + QLatin1Char(')');
    return name.isEmpty() ? email : name;
}

} // namespace oqy::feeds
