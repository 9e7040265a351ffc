#include "compositionhint.h"

#include "compositionhintfactory.h"
#include "runtimelibrary.h"

#include <QWidget>
#include <QtDebug>

namespace oqy {

CompositionHint::CompositionHint()
    : m_factory(reinterpret_cast<QWidget *(*)(QWidget *)>(resolveFromRuntimeLibrary(
        QStringLiteral("liboqycomposition.so"), OQY_COMPOSITION_FACTORY, &m_error)))
{ }

QWidget *CompositionHint::makeFor(QWidget *window) const
{
    if (!m_factory) {
        qWarning("oqy: no composition hint (%s): the window will be re-created with the reader "
                 "pane",
            qPrintable(m_error));
        return nullptr;
    }
    return m_factory(window);
}

} // namespace oqy
