// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "app/cli/CliAadhaarInput.h"

#include "core/validation/AadhaarNumber.h"

#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace saathi::cli {

namespace {

constexpr int kMaxLine = 64; // 16 digits with separators fit many times over; longer input is refused

// Reads one line from stdin straight into `buffer` (no stdio or QString buffering of its own), echo off on a
// terminal. Returns the number of bytes before the newline, -1 when the line is too long or unreadable.
int readLine(char* buffer)
{
#ifdef Q_OS_UNIX
    const bool tty = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (tty && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        std::fputs("Aadhaar number (not shown): ", stderr);
        std::fflush(stderr);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    int n = 0;
    bool tooLong = false;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n') {
        if (n < kMaxLine) {
            buffer[n++] = c;
        } else {
            tooLong = true; // keep reading to the end of the line so nothing is left for the next read
        }
    }
    c = 0;
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    return tooLong ? -1 : n;
#else
    // Elsewhere stdio's line read; its buffer is process memory we cannot wipe, which the Unix branch avoids.
    int n = 0;
    int c = 0;
    bool tooLong = false;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
        if (n < kMaxLine) {
            buffer[n++] = char(c);
        } else {
            tooLong = true;
        }
    }
    return tooLong ? -1 : n;
#endif
}

} // namespace

bool acceptAadhaar(QByteArrayView typed, AadhaarKind kind, SecureBytes* digits, QString* error)
{
    // Only the validator needs a QString: it gets one short-lived copy, wiped with its normalized result.
    typed = typed.trimmed(); // on the bytes: a trimmed QString could leave an untrimmed copy behind unwiped
    QString text = QString::fromLatin1(typed.data(), typed.size());
    ValidationResult check
        = kind == AadhaarKind::AadhaarOnly ? aadhaar::validateAadhaar(text) : aadhaar::validateAadhaarOrVid(text);
    secureWipe(text);
    if (!check.valid) {
        *error = check.message;
        return false;
    }
    *digits = SecureBytes::fromString(check.normalized);
    secureWipe(check.normalized);
    return true;
}

bool readAadhaar(const QString& value, AadhaarKind kind, SecureBytes* digits, QString* error)
{
    if (value != QLatin1String("-")) {
        *error = QStringLiteral("the Aadhaar number is never taken from the command line (other users can read it "
                                "there): give - and type or pipe the number on stdin");
        return false;
    }
    QByteArray buffer(kMaxLine + 1, '\0'); // this process's only raw copy of the line; wiped below
    const int n = readLine(buffer.data());
    const bool ok = n >= 0 && acceptAadhaar(QByteArrayView(buffer.constData(), n), kind, digits, error);
    if (n < 0) {
        *error = QStringLiteral("the line on stdin is too long for an Aadhaar number");
    }
    secureWipe(buffer);
    return ok;
}

} // namespace saathi::cli
