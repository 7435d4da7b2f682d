// SPDX-License-Identifier: MIT
// datetime values from their pickled states (CPython datetime __reduce__: packed bytes).
#include "graph/node_util.h"
#include "recognise/stdlib_recogniser.h"

#include <cstdio>
#include <cstdlib>

namespace ps {

namespace {

std::string twoDigits(int v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}

std::string fraction(int us)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, ".%06d", us);
    return buf;
}

/// "+HH:MM[:SS[.ffffff]]" as datetime.isoformat() prints a UTC offset.
std::string formatOffset(int64_t totalUs)
{
    std::string s = totalUs < 0 ? "-" : "+";
    const int64_t off = totalUs < 0 ? -totalUs : totalUs;
    const int64_t seconds = off / 1000000;
    const int us = static_cast<int>(off % 1000000);
    s += twoDigits(static_cast<int>(seconds / 3600)) + ":"
         + twoDigits(static_cast<int>(seconds / 60 % 60));
    if (seconds % 60 || us) {
        s += ":" + twoDigits(static_cast<int>(seconds % 60));
        if (us)
            s += fraction(us);
    }
    return s;
}

/// Offset of a tzinfo node in microseconds: datetime.timezone(timedelta[, name]), pytz UTC and
/// pytz static zones `pytz._p(zone, utcoffset_seconds, dst_seconds, tzname)`.
std::optional<int64_t> tzOffset(RecogniseContext &ctx, NodeId tz)
{
    Graph &g = ctx.graph();
    if (nodes::isNone(g, tz))
        return std::nullopt;
    const std::string cls = nodes::className(g, tz);
    const auto args = nodes::constructorArgs(g, tz);
    if (cls == "datetime.timezone" && !args.empty()) {
        const Interpretation *td = ctx.get(args[0]);
        if (!td || td->what != Recognised::Timedelta || td->ints.size() != 3)
            return std::nullopt;
        return (td->ints[0] * 86400 + td->ints[1]) * 1000000 + td->ints[2];
    }
    if (cls == "pytz._UTC" || cls == "pytz.utc" || cls == "pytz.UTC")
        return 0;
    if (cls == "pytz._p" && args.size() >= 2) {
        if (const auto secs = nodes::intValue(g, args[1]); secs && *secs > -86400 && *secs < 86400)
            return *secs * 1000000;
    }
    return std::nullopt;
}

/// Packed state bytes of a datetime/date/time (bytes, Py2 str, latin-1 str or _codecs alias).
std::optional<std::string> stateBytes(RecogniseContext &ctx, NodeId id, size_t size)
{
    const auto b = ctx.bytes(id);
    if (!b || b->size() != size)
        return std::nullopt;
    return std::string(reinterpret_cast<const char *>(b->data()), b->size());
}

bool validDate(int year, int month, int day)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int dim = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= dim;
}

std::string formatDate(int year, int month, int day)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::string formatTime(int hour, int minute, int second, int us)
{
    std::string s = twoDigits(hour) + ":" + twoDigits(minute) + ":" + twoDigits(second);
    if (us)
        s += fraction(us);
    return s;
}

bool recogniseDateTimeValue(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const auto args = nodes::constructorArgs(ctx.graph(), id);
    if (args.empty() || args.size() > 2)
        return false;
    const auto s = stateBytes(ctx, args[0], 10);
    if (!s)
        return false;
    const auto *b = reinterpret_cast<const uint8_t *>(s->data());
    const int year = b[0] * 256 + b[1];
    const int month = b[2] & 0x7F; // bit 7: fold
    const int day = b[3];
    const int hour = b[4], minute = b[5], second = b[6];
    const int us = (b[7] << 16) | (b[8] << 8) | b[9];
    if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59 || us > 999999)
        return false;
    out.what = Recognised::Datetime;
    out.pythonType = "datetime.datetime";
    out.text = formatDate(year, month, day) + "T" + formatTime(hour, minute, second, us);
    if (args.size() == 2 && !nodes::isNone(ctx.graph(), args[1])) {
        out.value = args[1]; // the tzinfo
        if (const auto off = tzOffset(ctx, args[1]))
            out.text += formatOffset(*off);
    }
    return true;
}

bool recogniseDateValue(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const auto args = nodes::constructorArgs(ctx.graph(), id);
    if (args.size() != 1)
        return false;
    const auto s = stateBytes(ctx, args[0], 4);
    if (!s)
        return false;
    const auto *b = reinterpret_cast<const uint8_t *>(s->data());
    const int year = b[0] * 256 + b[1];
    if (!validDate(year, b[2], b[3]))
        return false;
    out.what = Recognised::Date;
    out.pythonType = "datetime.date";
    out.text = formatDate(year, b[2], b[3]);
    return true;
}

bool recogniseTimeValue(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const auto args = nodes::constructorArgs(ctx.graph(), id);
    if (args.empty() || args.size() > 2)
        return false;
    const auto s = stateBytes(ctx, args[0], 6);
    if (!s)
        return false;
    const auto *b = reinterpret_cast<const uint8_t *>(s->data());
    const int hour = b[0] & 0x7F; // bit 7: fold
    const int minute = b[1], second = b[2];
    const int us = (b[3] << 16) | (b[4] << 8) | b[5];
    if (hour > 23 || minute > 59 || second > 59 || us > 999999)
        return false;
    out.what = Recognised::Time;
    out.pythonType = "datetime.time";
    out.text = formatTime(hour, minute, second, us);
    if (args.size() == 2 && !nodes::isNone(ctx.graph(), args[1])) {
        out.value = args[1];
        if (const auto off = tzOffset(ctx, args[1]))
            out.text += formatOffset(*off);
    }
    return true;
}

bool recogniseTimedeltaValue(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    const auto args = nodes::constructorArgs(g, id);
    if (args.size() > 3)
        return false;
    int64_t v[3] = {0, 0, 0};
    for (size_t i = 0; i < args.size(); ++i) {
        const auto x = nodes::intValue(g, args[i]);
        if (!x)
            return false;
        v[i] = *x;
    }
    // Normalised form as pickled: |days| <= 999999999, 0 <= seconds < 86400, 0 <= us < 1e6.
    if (v[0] < -999999999 || v[0] > 999999999 || v[1] < 0 || v[1] >= 86400 || v[2] < 0
        || v[2] >= 1000000)
        return false;
    out.what = Recognised::Timedelta;
    out.pythonType = "datetime.timedelta";
    out.ints = {v[0], v[1], v[2]};
    // str(timedelta): "[D day[s], ]H:MM:SS[.ffffff]"
    std::string s = std::to_string(v[1] / 3600) + ":" + twoDigits(static_cast<int>(v[1] / 60 % 60))
                    + ":" + twoDigits(static_cast<int>(v[1] % 60));
    if (v[2])
        s += fraction(static_cast<int>(v[2]));
    if (v[0])
        s = std::to_string(v[0]) + (std::llabs(v[0]) == 1 ? " day, " : " days, ") + s;
    out.text = std::move(s);
    return true;
}

} // namespace

bool recogniseDatetime(RecogniseContext &ctx, NodeId id, const std::string &cls,
                       Interpretation &out)
{
    if (cls.compare(0, 9, "datetime.") != 0)
        return false;
    if (cls == "datetime.datetime")
        return recogniseDateTimeValue(ctx, id, out);
    if (cls == "datetime.date")
        return recogniseDateValue(ctx, id, out);
    if (cls == "datetime.time")
        return recogniseTimeValue(ctx, id, out);
    if (cls == "datetime.timedelta")
        return recogniseTimedeltaValue(ctx, id, out);
    return false;
}

} // namespace ps
