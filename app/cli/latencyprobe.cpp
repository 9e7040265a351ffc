#include "latencyprobe.h"

#include <algorithm>

namespace oqy::cli {

namespace {
constexpr int IntervalMs = 10;
}

LatencyProbe::LatencyProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        m_lateness.append(std::max<qint64>(0, now - m_last - IntervalMs));
        m_last = now;
    });
}

void LatencyProbe::start()
{
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void LatencyProbe::stop()
{
    m_timer.stop();
}

QString LatencyProbe::report() const
{
    if (m_lateness.isEmpty())
        return QStringLiteral("event loop latency: no samples");
    QVector<qint64> sorted = m_lateness;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double q) { return sorted[qsizetype(q * double(sorted.size() - 1))]; };
    return QStringLiteral("event loop latency: p50 %1 ms, p99 %2 ms, max %3 ms (%4 samples)")
        .arg(at(0.5))
        .arg(at(0.99))
        .arg(sorted.last())
        .arg(sorted.size());
}

} // namespace oqy::cli
