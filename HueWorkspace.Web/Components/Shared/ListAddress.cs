using System.Globalization;
using HueWorkspace.Domain.Common;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace HueWorkspace.Web.Components.Shared;

/// <summary>
/// One list's address: the keys of its query record, declared once (<c>TaskListAddress</c>, <c>IncomingListAddress</c>…)
/// and used to read the page's address, to bind the JSON API's and the export's parameters, and to write every link to
/// the list (the export, the dashboard's drill-down, a saved search). A key means the same in every list:
/// <c>tab</c>, <c>state</c>, <c>type</c>, <c>q</c>, <c>page</c> (from 1), <c>size</c>, <c>unit</c> (a unit and those
/// below it, as the dashboard counts: Decision 41 Art. 18, from the whole to the detail) and one period as
/// <c>on</c> (which date), <c>from</c> and <c>to</c> (yyyy-MM-dd, both days included).
/// <para>
/// What a browser opens ignores a value it cannot read, so a hand-edited or old address still opens the list; what a
/// program calls (<see cref="ReadStrict"/>, the <c>/api</c> lists) is refused with a Vietnamese 400 that names every
/// key at fault. Keys the list does not have are ignored by both.
/// </para>
/// </summary>
public sealed class ListAddress<T>(T defaults) where T : notnull
{
    private readonly List<IKey> _keys = [];
    private readonly Dictionary<string, string> _renamed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The list as it opens with an empty address; a link leaves out what equals it.</summary>
    public T Defaults { get; } = defaults;

    /// <summary>Every key the list reads, in the order they are written.</summary>
    public IEnumerable<string> Names => _keys.SelectMany(k => k.Names);

    /// <summary>
    /// A choice that always has a value (the tab, the sort, the dashboard's period): absent means the default. A list
    /// whose page opens on the person's own tab writes it <paramref name="always"/>, so a link means the same for everyone.
    /// </summary>
    public ListAddress<T> Setting<TEnum>(string name, Func<T, TEnum> get, Func<T, TEnum, T> set, bool always = false) where TEnum : struct, Enum =>
        Add(new ChoiceKey<TEnum>(name, q => get(q), (q, v) => set(q, v ?? get(Defaults)), always ? null : get(Defaults)));

    /// <summary>A filter by one of an enum's values (<c>state</c>, <c>type</c>…): absent means any.</summary>
    public ListAddress<T> Choice<TEnum>(string name, Func<T, TEnum?> get, Func<T, TEnum?, T> set) where TEnum : struct, Enum =>
        Add(new ChoiceKey<TEnum>(name, get, set, get(Defaults)));

    /// <summary>The unit and those below it: <c>unit</c> in every list.</summary>
    public ListAddress<T> Unit(Func<T, Guid?> get, Func<T, Guid?, T> set) => Id("unit", get, set);

    public ListAddress<T> Id(string name, Func<T, Guid?> get, Func<T, Guid?, T> set) => Add(new IdKey(name, get, set));

    /// <summary>The search box: <c>q</c>.</summary>
    public ListAddress<T> Search(Func<T, string?> get, Func<T, string?, T> set) => Add(new TextKey("q", get, set));

    /// <summary>A switch written as one word (<c>source=documents</c>), absent when off.</summary>
    public ListAddress<T> Flag(string name, string value, Func<T, bool> get, Func<T, bool, T> set) => Add(new FlagKey(name, value, get, set));

    /// <summary>A single day, as the dashboard's <c>day</c>.</summary>
    public ListAddress<T> Day(string name, Func<T, DateOnly?> get, Func<T, DateOnly?, T> set) => Add(new DayKey(name, get, set));

    /// <summary><c>page</c> counted from 1 in the address (0-based in the record) and <c>size</c>.</summary>
    public ListAddress<T> Paging(Func<T, int> page, Func<T, int, T> setPage, Func<T, int> size, Func<T, int, T> setSize) =>
        Add(new PagingKey(page, setPage, size, setSize, size(Defaults)));

    /// <summary>A list with one date to filter on: <c>from</c> and <c>to</c>.</summary>
    public ListAddress<T> Period(Func<T, (DateOnly? From, DateOnly? To)> get, Func<T, DateOnly?, DateOnly?, T> set) =>
        Add(new PeriodKey<Single>(Single.Only, (q, _) => get(q), (q, _, from, to) => set(q, from, to), withOn: false));

    /// <summary>
    /// A list whose records have several moments (a task given and completed, a request submitted and answered):
    /// <c>on</c> names the one the period is about (<paramref name="fallback"/> when absent), <c>from</c> and <c>to</c>
    /// bound it. The lists' queries hold one such period at a time; a record with several set is written with the first,
    /// in the order of <typeparamref name="TDate"/>.
    /// </summary>
    public ListAddress<T> Period<TDate>(TDate fallback, Func<T, TDate, (DateOnly? From, DateOnly? To)> get, Func<T, TDate, DateOnly?, DateOnly?, T> set)
        where TDate : struct, Enum =>
        Add(new PeriodKey<TDate>(fallback, get, set, withOn: true));

    /// <summary>
    /// A key the list no longer reads, with the one that took its place: the API says so instead of ignoring it (an
    /// old client would silently get an unfiltered list); a browser's old link reads it as the new key when
    /// <paramref name="now"/> is one key and the address lacks it.
    /// </summary>
    public ListAddress<T> Renamed(string old, string now)
    {
        _renamed[old] = now;
        return this;
    }

    /// <summary>
    /// A browser's address: a value that cannot be read is left at the list's default, or at <paramref name="start"/>'s
    /// (a page that opens on the person's own tab).
    /// </summary>
    public T Read(IEnumerable<KeyValuePair<string, StringValues>> query, T? start = default) => Read(query, start, errors: null);

    public T Read(string uri, T? start = default) => Read(QueryHelpers.ParseQuery(new Uri(uri).Query), start);

    /// <summary>A program's call: every value must be one the list knows, or nothing is read and the caller is told which.</summary>
    public T ReadStrict(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var errors = new List<string>();
        var read = Read(query, default, errors);
        return errors.Count == 0 ? read : throw new ListAddressRefusal(errors);
    }

    /// <summary>The address of <paramref name="query"/> ("?tab=All&amp;unit=…", or "" for the defaults).</summary>
    public string Write(T query, bool withPage = true)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        foreach (var key in _keys)
        {
            if (withPage || key is not PagingKey)
            {
                key.Write(query, (name, value) => parts.Add(new(name, value)));
            }
        }

        return QueryHelpers.AddQueryString("", parts);
    }

    private T Read(IEnumerable<KeyValuePair<string, StringValues>> query, T? start, List<string>? errors)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in query)
        {
            // A key given twice is a mistake a program is told of; a browser's address keeps the last.
            if (value.Count > 1)
            {
                errors?.Add($"«{name}»: chỉ được nêu một lần");
            }

            values[name] = value.Count == 0 ? "" : value[^1] ?? "";
        }

        foreach (var (old, now) in _renamed)
        {
            if (values.Remove(old, out var value))
            {
                errors?.Add($"«{old}={value}»: tham số này nay là «{now}»");
                if (Names.Contains(now, StringComparer.OrdinalIgnoreCase))
                {
                    values.TryAdd(now, value);
                }
            }
        }

        var read = start ?? Defaults;
        var strict = errors is not null;
        foreach (var key in _keys)
        {
            read = key.Read(read, name => values.GetValueOrDefault(name), strict, (name, value, expected) => errors?.Add($"«{name}={value}»: {expected}"));
        }

        return read;
    }

    private ListAddress<T> Add(IKey key)
    {
        _keys.Add(key);
        return this;
    }

    private delegate void Bad(string name, string value, string expected);

    private interface IKey
    {
        IEnumerable<string> Names { get; }

        T Read(T query, Func<string, string?> value, bool strict, Bad bad);

        void Write(T query, Action<string, string> write);
    }

    private enum Single
    {
        Only,
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private const string DayExpected = "ngày phải viết theo dạng yyyy-MM-dd, từ năm 2000 đến năm 2099";

    /// <summary>A day as yyyy-MM-dd; a program's day must also fall within the years of the records.</summary>
    private static bool TryDay(string text, bool strict, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day) && (!strict || VietnamTime.IsWithinRecords(day));

    private sealed class ChoiceKey<TEnum>(string name, Func<T, TEnum?> get, Func<T, TEnum?, T> set, TEnum? fallback) : IKey where TEnum : struct, Enum
    {
        public IEnumerable<string> Names => [name];

        public T Read(T query, Func<string, string?> value, bool strict, Bad bad)
        {
            if (value(name) is not { } text || text.Length == 0)
            {
                return query;
            }

            if (EnumNames.TryParse<TEnum>(text, out var parsed))
            {
                return set(query, parsed);
            }

            bad(name, text, "không có giá trị này; dùng một trong " + string.Join(", ", Enum.GetNames<TEnum>()));
            return query;
        }

        public void Write(T query, Action<string, string> write)
        {
            if (get(query) is { } v && !EqualityComparer<TEnum?>.Default.Equals(v, fallback))
            {
                write(name, v.ToString());
            }
        }
    }

    private sealed class IdKey(string name, Func<T, Guid?> get, Func<T, Guid?, T> set) : IKey
    {
        public IEnumerable<string> Names => [name];

        public T Read(T query, Func<string, string?> value, bool strict, Bad bad)
        {
            if (value(name) is not { } text || text.Length == 0)
            {
                return query;
            }

            if (Guid.TryParse(text, out var id))
            {
                return set(query, id);
            }

            bad(name, text, "mã phải là một GUID (như 3f2504e0-4f89-11d3-9a0c-0305e82c3301)");
            return query;
        }

        public void Write(T query, Action<string, string> write)
        {
            if (get(query) is { } id)
            {
                write(name, id.ToString());
            }
        }
    }

    private sealed class TextKey(string name, Func<T, string?> get, Func<T, string?, T> set) : IKey
    {
        public IEnumerable<string> Names => [name];

        public T Read(T query, Func<string, string?> value, bool strict, Bad bad) => value(name) is { } text ? set(query, text) : query;

        public void Write(T query, Action<string, string> write)
        {
            if (get(query) is { } text && !string.IsNullOrWhiteSpace(text))
            {
                write(name, text);
            }
        }
    }

    private sealed class FlagKey(string name, string on, Func<T, bool> get, Func<T, bool, T> set) : IKey
    {
        public IEnumerable<string> Names => [name];

        public T Read(T query, Func<string, string?> value, bool strict, Bad bad)
        {
            if (value(name) is not { } text || text.Length == 0)
            {
                return query;
            }

            if (string.Equals(text, on, StringComparison.OrdinalIgnoreCase))
            {
                return set(query, true);
            }

            bad(name, text, $"chỉ nhận giá trị {on}");
            return query;
        }

        public void Write(T query, Action<string, string> write)
        {
            if (get(query))
            {
                write(name, on);
            }
        }
    }

    private sealed class DayKey(string name, Func<T, DateOnly?> get, Func<T, DateOnly?, T> set) : IKey
    {
        public IEnumerable<string> Names => [name];

        public T Read(T query, Func<string, string?> value, bool strict, Bad bad)
        {
            if (value(name) is not { } text || text.Length == 0)
            {
                return query;
            }

            if (TryDay(text, strict, out var day))
            {
                return set(query, day);
            }

            bad(name, text, DayExpected);
            return query;
        }

        public void Write(T query, Action<string, string> write)
        {
            if (get(query) is { } day)
            {
                write(name, Iso(day));
            }
        }
    }

    private sealed class PagingKey(Func<T, int> page, Func<T, int, T> setPage, Func<T, int> size, Func<T, int, T> setSize, int defaultSize) : IKey
    {
        public IEnumerable<string> Names => ["page", "size"];

        public T Read(T query, Func<string, string?> value, bool strict, Bad bad)
        {
            if (value("page") is { Length: > 0 } p)
            {
                if (int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && (number >= 1 || !strict))
                {
                    query = setPage(query, Math.Max(number - 1, 0));
                }
                else
                {
                    bad("page", p, "số trang phải là số nguyên từ 1");
                }
            }

            if (value("size") is { Length: > 0 } s)
            {
                // A page shows at most MaxPageSize rows, and never none: a size outside that is not read, on a page either.
                if (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rows) && rows is >= 1 and <= Domain.Common.Paging.MaxPageSize)
                {
                    query = setSize(query, rows);
                }
                else
                {
                    bad("size", s, $"số dòng mỗi trang phải là số nguyên từ 1 đến {Domain.Common.Paging.MaxPageSize}");
                }
            }

            return query;
        }

        public void Write(T query, Action<string, string> write)
        {
            if (page(query) > 0)
            {
                write("page", (page(query) + 1).ToString(CultureInfo.InvariantCulture));
            }

            if (size(query) != defaultSize)
            {
                write("size", size(query).ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private sealed class PeriodKey<TDate>(
        TDate fallback, Func<T, TDate, (DateOnly? From, DateOnly? To)> get, Func<T, TDate, DateOnly?, DateOnly?, T> set, bool withOn) : IKey
        where TDate : struct, Enum
    {
        public IEnumerable<string> Names => withOn ? ["on", "from", "to"] : ["from", "to"];

        public T Read(T query, Func<string, string?> value, bool strict, Bad bad)
        {
            var on = fallback;
            var known = true;
            if (withOn && value("on") is { Length: > 0 } named && !EnumNames.TryParse(named, out on))
            {
                bad("on", named, "không có mốc này; dùng một trong " + string.Join(", ", Enum.GetNames<TDate>()));
                known = false;
            }

            // Each day is read (and named when wrong) even when the moment is not known; a period about an unknown
            // moment is not applied.
            var from = Day("from");
            var to = Day("to");
            return !known || (from is null && to is null) ? query : set(query, on, from, to);

            DateOnly? Day(string name)
            {
                if (value(name) is not { Length: > 0 } text)
                {
                    return null;
                }

                if (TryDay(text, strict, out var day))
                {
                    return day;
                }

                bad(name, text, DayExpected);
                return null;
            }
        }

        public void Write(T query, Action<string, string> write)
        {
            foreach (var on in Enum.GetValues<TDate>())
            {
                var (from, to) = get(query, on);
                if (from is null && to is null)
                {
                    continue;
                }

                if (withOn && !EqualityComparer<TDate>.Default.Equals(on, fallback))
                {
                    write("on", on.ToString());
                }

                if (from is { } f)
                {
                    write("from", Iso(f));
                }

                if (to is { } t)
                {
                    write("to", Iso(t));
                }

                return;
            }
        }
    }
}

/// <summary>A program asked a list with values it does not know: a 400 whose detail names each key at fault.</summary>
public sealed class ListAddressRefusal(IReadOnlyList<string> errors)
    : BadHttpRequestException("Tham số của danh sách không hợp lệ: " + string.Join("; ", errors) + ".", StatusCodes.Status400BadRequest)
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
