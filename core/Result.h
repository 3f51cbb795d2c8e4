#pragma once
#include <QString>
#include <memory>
#include <utility>

namespace convivium::core {

class EditConflict;

// The outcome of an operation that can fail for a reason the user must read:
// either success, or a translated, human message. Never a silent false.
class Result
{
public:
    Result() = default;
    static Result success() { return {}; }
    static Result failure(QString message)
    {
        Result r;
        r.m_failed = true;
        r.m_message = std::move(message);
        return r;
    }
    // A save refused because someone else saved the record since it was read;
    // `details` (when known) let the user see both versions and choose.
    static Result conflict(QString message, std::shared_ptr<const EditConflict> details = {})
    {
        Result r = failure(std::move(message));
        r.m_conflict = true;
        r.m_details = std::move(details);
        return r;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &message() const { return m_message; }
    bool isConflict() const { return m_conflict; }
    const std::shared_ptr<const EditConflict> &conflictDetails() const { return m_details; }

private:
    bool m_failed = false;
    bool m_conflict = false;
    QString m_message;
    std::shared_ptr<const EditConflict> m_details;
};

// A value or the message explaining why there is none.
template <typename T>
class Fallible
{
public:
    Fallible(T value) : m_value(std::move(value)) {}
    Fallible(const Result &failure) : m_result(failure) {}
    bool ok() const { return m_result.ok(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const QString &message() const { return m_result.message(); }
    const Result &result() const { return m_result; }

private:
    T m_value{};
    Result m_result;
};

} // namespace convivium::core
