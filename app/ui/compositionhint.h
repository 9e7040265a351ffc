#pragma once

#include <QString>

class QWidget;

namespace oqy {

// The reader pane's web view draws through a QQuickWidget, and the first widget of that kind in a
// window switches it to OpenGL composition: in a window already on screen, by destroying and
// re-creating its native window (it blinks; window managers may animate or re-place it; on X11 it
// lost the keyboard). The pane is made only when the first article is opened, so a hidden
// QQuickWidget, made before the window is first shown, makes it composite with OpenGL from its
// first frame.
//
// It comes from liboqycomposition.so (runtimelibrary.h): linked in, Qt Quick and QML add ~12 ms
// of relocations before main() at every start. Loading it touches no OpenGL, so the window does
// that while the OpenGL worker is still busy; the widget is made after the worker is joined
// (webengine::ensureGraphics()): Qt Quick asks the platform's OpenGL support, which the worker
// sets up. When the library cannot be loaded the window works, and is re-created when the pane
// is made.
class CompositionHint
{
public:
    CompositionHint(); // loads the library
    // The hidden widget, a child of `window`; null (and a warning) without the library.
    QWidget *makeFor(QWidget *window) const;

private:
    QString m_error; // before m_factory: the constructor fills it while resolving that
    QWidget *(*m_factory)(QWidget *) = nullptr;
};

} // namespace oqy
