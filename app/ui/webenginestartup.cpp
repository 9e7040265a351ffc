#include "webenginestartup.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QOpenGLContext>
#include <QThread>

#include <thread>

// Exported by Qt GUI for Qt WebEngine and Qt Quick (which declare them the same way): the context
// every OpenGL context of the application shares with when Qt::AA_ShareOpenGLContexts is set.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
Q_GUI_EXPORT QOpenGLContext *qt_gl_global_share_context();
QT_END_NAMESPACE

namespace oqy::webengine {
namespace {

QOpenGLContext *g_shared = nullptr; // ours, set as the global share context
std::thread g_worker;
bool g_attempted = false; // create() is tried once

void createShared(QThread *owner)
{
    g_attempted = true;
    g_shared->create(); // may fail (no OpenGL at all): Qt WebEngine then renders in software
    // The context's share group was made on this thread; hand it to the GUI thread.
    if (g_shared->shareGroup() && g_shared->shareGroup()->thread() != owner)
        g_shared->shareGroup()->moveToThread(owner);
}

void deleteShared()
{
    if (g_worker.joinable())
        g_worker.join();
    if (qt_gl_global_share_context() == g_shared)
        qt_gl_set_global_share_context(nullptr);
    delete g_shared;
    g_shared = nullptr;
}

} // namespace

void prepareBeforeApplication()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (qt_gl_global_share_context())
        return;
    g_shared = new QOpenGLContext;
    qt_gl_set_global_share_context(g_shared);
    qAddPostRoutine(deleteShared);
}

namespace {

// On the GUI thread: the context was made before any screen existed.
void placeOnScreen()
{
    if (!g_shared->screen())
        g_shared->setScreen(QGuiApplication::primaryScreen());
}

} // namespace

void startGraphicsInBackground()
{
    if (!g_shared || g_attempted || g_worker.joinable())
        return;
    placeOnScreen();
    // The worker also sets up the platform's OpenGL support: on X11 it loads the GLX plugin and
    // asks the driver whether contexts may be made off the GUI thread (a test context, ~20 ms
    // that would otherwise stand before the first frame). Nothing on the GUI thread touches
    // OpenGL until ensureGraphics() has joined it; where the answer is no, ensureGraphics()
    // makes the context on the GUI thread.
    g_worker = std::thread([owner = QThread::currentThread()] {
        // The image format plugins first (Qt loads them all at the first image read): loading the
        // OpenGL driver next (Mesa's LLVM, ~0.1 s of relocations) holds the dynamic loader's
        // lock, and the window's first icons would wait there for them (22 ms earlier window,
        // docs/BENCHMARKS.md).
        QImageReader::supportedImageFormats();
        if (QOpenGLContext::supportsThreadedOpenGL())
            createShared(owner);
    });
}

void ensureGraphics()
{
    if (g_worker.joinable())
        g_worker.join();
    if (g_shared && !g_attempted) {
        placeOnScreen();
        createShared(QThread::currentThread());
    }
}

} // namespace oqy::webengine
