#pragma once

#include <QtGlobal>

class QWidget;

// liboqycomposition.so's one entry point, found by name (compositionhint.cpp): sets Qt Quick to
// OpenGL (Qt WebEngine's views need it; before the first Qt Quick window, this one) and makes a
// hidden QQuickWidget child of `window`.
extern "C" Q_DECL_EXPORT QWidget *oqy_make_composition_hint(QWidget *window);

// The name the loader looks for.
#define OQY_COMPOSITION_FACTORY "oqy_make_composition_hint"
