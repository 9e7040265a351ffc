#include "textnormal.h"

namespace oqy::regions {

QString normalized(QStringView word)
{
    QString out = word.toString().toLower();
    for (QChar &c : out) {
        switch (c.unicode()) {
        case u'ё':
            c = u'е';
            break;
        case u'қ':
            c = u'к';
            break;
        case u'ғ':
            c = u'г';
            break;
        case u'ң':
            c = u'н';
            break;
        case u'ә':
            c = u'а';
            break;
        case u'ө':
            c = u'о';
            break;
        case u'ұ':
        case u'ү':
            c = u'у';
            break;
        case u'һ':
            c = u'х';
            break;
        case u'і':
            c = u'и';
            break;
        case u'á':
            c = u'a';
            break;
        case u'ǵ':
            c = u'g';
            break;
        case u'ı':
            c = u'i';
            break;
        case u'ń':
            c = u'n';
            break;
        case u'ó':
            c = u'o';
            break;
        case u'ú':
            c = u'u';
            break;
        case u'ý':
            c = u'y';
            break;
        case u'\u2011':
        case u'\u2010':
        case u'\u2013':
            c = u'-';
            break;
        default:
            break;
        }
    }
    return out;
}

} // namespace oqy::regions
