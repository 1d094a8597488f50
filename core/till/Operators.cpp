// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#include "core/till/Operators.h"

#include "core/settings/PinHash.h"
#include "core/till/TillErrors.h"

#include <QList>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace saathi::till {

namespace {

constexpr int kMaxName = 60;
const QString kArray = QStringLiteral("operators");
const QString kName = QStringLiteral("name");
const QString kPin = QStringLiteral("pin");

struct Entry
{
    QString name;
    QString pinHash;
};

QList<Entry> readAll(QSettings& settings)
{
    QList<Entry> entries;
    const int n = settings.beginReadArray(kArray);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QString name = settings.value(kName).toString().trimmed();
        if (!name.isEmpty()) {
            entries.append({name, settings.value(kPin).toString()});
        }
    }
    settings.endArray();
    return entries;
}

void writeAll(QSettings& settings, const QList<Entry>& entries)
{
    settings.remove(kArray);
    settings.beginWriteArray(kArray, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(kName, entries.at(i).name);
        settings.setValue(kPin, entries.at(i).pinHash);
    }
    settings.endArray();
    settings.sync();
}

// Names are one person each whatever their case: "Asha" and "asha" are the same operator.
qsizetype indexOf(const QList<Entry>& entries, const QString& name)
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

} // namespace

Operators::Operators(QSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QStringList Operators::names() const
{
    QStringList names;
    for (const Entry& e : readAll(m_settings)) {
        names.append(e.name);
    }
    return names;
}

bool Operators::contains(const QString& name) const
{
    return indexOf(readAll(m_settings), name) >= 0;
}

Error Operators::add(const QString& name, const QString& pin)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxName) {
        return errors::badOperator();
    }
    QList<Entry> entries = readAll(m_settings);
    if (indexOf(entries, trimmed) >= 0) {
        return errors::operatorTaken(trimmed);
    }
    if (Error e = pin::check(pin); !e.isNull()) {
        return e;
    }
    entries.append({trimmed, pin::hash(pin)});
    writeAll(m_settings, entries);
    Q_EMIT changed();
    return Error();
}

Error Operators::remove(const QString& name)
{
    QList<Entry> entries = readAll(m_settings);
    const qsizetype i = indexOf(entries, name);
    if (i < 0) {
        return errors::unknownOperator(name.trimmed());
    }
    entries.removeAt(i);
    writeAll(m_settings, entries);
    Q_EMIT changed();
    return Error();
}

Error Operators::changePin(const QString& name, const QString& oldPin, const QString& newPin)
{
    if (Error e = verify(name, oldPin); !e.isNull()) {
        return e;
    }
    if (Error e = pin::check(newPin); !e.isNull()) {
        return e;
    }
    QList<Entry> entries = readAll(m_settings);
    entries[indexOf(entries, name)].pinHash = pin::hash(newPin);
    writeAll(m_settings, entries);
    Q_EMIT changed();
    return Error();
}

Error Operators::verify(const QString& name, const QString& pin) const
{
    const QList<Entry> entries = readAll(m_settings);
    const qsizetype i = indexOf(entries, name);
    if (i < 0) {
        return errors::unknownOperator(name.trimmed());
    }
    return pin::verify(pin, entries.at(i).pinHash) ? Error() : errors::wrongPin();
}

QFuture<Error> Operators::verifyLater(const QString& name, const QString& pin) const
{
    const QList<Entry> entries = readAll(m_settings); // QSettings stays on its own thread
    const qsizetype i = indexOf(entries, name);
    if (i < 0) {
        return QtFuture::makeReadyFuture(errors::unknownOperator(name.trimmed()));
    }
    return QtConcurrent::run(
        [pin, stored = entries.at(i).pinHash] { return pin::verify(pin, stored) ? Error() : errors::wrongPin(); });
}

} // namespace saathi::till
