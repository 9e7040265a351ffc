#pragma once

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
// of relocations before main() at every start; loaded here, while the window waits for the OpenGL
// worker anyway, they cost the window nothing. Null (and a warning) when the library cannot be
// loaded: the window then works, and re-creates its native window when the pane is made.
QWidget *makeCompositionHint(QWidget *window);

} // namespace oqy
