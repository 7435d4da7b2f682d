// SPDX-License-Identifier: MIT
#include "util/py_escape.h"

#include "util/utf8.h"

namespace ps::pyescape {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

namespace {

/// Reads exactly `n` hex digits at `pos`; false (pos unchanged) when they are not all there.
bool readHex(std::string_view text, size_t &pos, int n, uint32_t &value)
{
    if (text.size() - pos < static_cast<size_t>(n))
        return false;
    uint32_t v = 0;
    for (int i = 0; i < n; ++i) {
        const int d = hexDigit(text[pos + static_cast<size_t>(i)]);
        if (d < 0)
            return false;
        v = v * 16 + static_cast<uint32_t>(d);
    }
    pos += static_cast<size_t>(n);
    value = v;
    return true;
}

void appendCode(std::string &out, uint32_t v, Flavor flavor)
{
    if (flavor == Flavor::Bytes)
        out += static_cast<char>(v & 0xFF);
    else
        appendUtf8(out, static_cast<char32_t>(v));
}

} // namespace

Status decode(std::string_view text, size_t &pos, std::string &out, Flavor flavor)
{
    const char e = text[pos++];
    switch (e) {
    case '\n':
        return Status::Ok; // line continuation
    case '\\':
        out += '\\';
        return Status::Ok;
    case '\'':
        out += '\'';
        return Status::Ok;
    case '"':
        out += '"';
        return Status::Ok;
    case 'a':
        out += '\a';
        return Status::Ok;
    case 'b':
        out += '\b';
        return Status::Ok;
    case 'f':
        out += '\f';
        return Status::Ok;
    case 'n':
        out += '\n';
        return Status::Ok;
    case 'r':
        out += '\r';
        return Status::Ok;
    case 't':
        out += '\t';
        return Status::Ok;
    case 'v':
        out += '\v';
        return Status::Ok;
    case 'x': {
        uint32_t v = 0;
        if (!readHex(text, pos, 2, v))
            return Status::BadHex;
        appendCode(out, v, flavor);
        return Status::Ok;
    }
    case 'u':
    case 'U':
        if (flavor == Flavor::Str) {
            uint32_t v = 0;
            if (!readHex(text, pos, e == 'u' ? 4 : 8, v))
                return Status::BadUnicode;
            if (v > 0x10FFFF)
                return Status::IllegalUnicode;
            appendUtf8(out, static_cast<char32_t>(v));
            return Status::Ok;
        }
        break;
    case 'N':
        if (flavor == Flavor::Str)
            return Status::NamedEscape;
        break;
    default:
        if (e >= '0' && e <= '7') {
            uint32_t v = static_cast<uint32_t>(e - '0');
            for (int k = 0; k < 2 && pos < text.size() && text[pos] >= '0' && text[pos] <= '7'; ++k)
                v = v * 8 + static_cast<uint32_t>(text[pos++] - '0');
            appendCode(out, v, flavor);
            return Status::Ok;
        }
        break;
    }
    out += '\\';
    out += e;
    return Status::Ok;
}

} // namespace ps::pyescape
