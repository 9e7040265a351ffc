#pragma once

namespace oqy::webengine {

// Qt WebEngine needs a global shared OpenGL context, and by default every QApplication linked to
// it creates one while it starts (Qt WebEngine's start-up routine, or Qt::AA_ShareOpenGLContexts).
// With Mesa's software renderer that loads LLVM and takes ~110 ms of the ~360 ms before the window
// shows. Oqy makes that context itself instead, on a worker thread while the window is being built
// (Qt creates OpenGL contexts on other threads too: Qt Quick's render thread does).

// In main(), before the QApplication exists: sets Qt::AA_ShareOpenGLContexts (Qt WebEngine, loaded
// later with the reader pane, needs it set this early) and puts an uncreated context in place as
// the global one, so that neither Qt nor Qt WebEngine makes theirs. (Qt Quick is set to OpenGL
// where it is loaded: compositionhintfactory.cpp, readerpanefactory.cpp.)
void prepareBeforeApplication();

// After the QApplication exists and the command line is read (an exit() must not find a thread
// running): creates that context on a worker thread, where the platform allows it.
void startGraphicsInBackground();

// Before anything draws with OpenGL (the window's first frame, the first web view): waits for the
// worker, or creates the context now if none was started. Cheap once done.
void ensureGraphics();

} // namespace oqy::webengine
