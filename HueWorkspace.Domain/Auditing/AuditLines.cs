using System.Globalization;
using System.Text.Json;
using HueWorkspace.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HueWorkspace.Domain.Auditing;

/// <summary>One changed field as a person reads it: its Vietnamese name, the value before and after.</summary>
public sealed record AuditChange(string Field, string? Old, string? New);

/// <summary>
/// One audit entry as a person reads it: who (with their unit), when, which record ("Yêu cầu khai thác dữ liệu
/// YC-2026-0005") and what happened ("Đã gửi → Đang xem xét"), and the changed fields without ids or machine values.
/// </summary>
public sealed record AuditLine(
    long Id, DateTime AtUtc, string ActorName, string? ActorUnitName, string Action, string RecordType, string RecordKind, string Record,
    string? RecordId, string Summary, IReadOnlyList<AuditChange> Changes);

public sealed record AuditLinePage(IReadOnlyList<AuditLine> Items, int Total);

/// <summary>
/// Turns stored entries into <see cref="AuditLine"/>s. The stored JSON keeps the raw values (property → [old, new]); the
/// model says each property's type, so an enum reads as its label, a time in Vietnam time, a date as dd/MM/yyyy; ids,
/// keys and internal columns are left out.
/// </summary>
public static class AuditLines
{
    /// <summary>The properties a person has no use for: ids, the search index, counters.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "Id", "Version", "SearchText", "SearchKey", "DuplicateKey", "Activity", "Hash", "Prefix", "PasswordHash", "RootId",
        "NormalizedName", "Sha256", "Subject", "Area", "EscalatedFor", "RemindedFor", "ExpiryRemindedOn", "ContentType",
    };

    public const int ValueMaxLength = 300;

    public static AuditLine Describe(AuditEntry e, IModel model, Func<Guid?, string?> unitName, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var entity = model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == e.EntityType);
        var changes = Changes(e, entity, culture);
        var recordType = e.AggregateType ?? e.EntityType;
        var kind = EntityName(recordType, culture);
        var label = e.AggregateLabel ?? Short(e.AggregateId ?? e.EntityId);
        var isRoot = recordType == e.EntityType;
        var summary = Summary(e, isRoot, changes, entity, culture);
        return new AuditLine(e.Id, e.AtUtc, e.ActorName, unitName(e.ActorUnitId), e.Action, recordType, kind, label, e.AggregateId ?? e.EntityId, summary, changes);
    }

    public static string EntityName(string type, CultureInfo? culture = null) =>
        DomainTexts.Get($"Entity.{type}", culture) is var name && name != $"Entity.{type}" ? name : type;

    private static string Summary(AuditEntry e, bool isRoot, IReadOnlyList<AuditChange> changes, IEntityType? entity, CultureInfo culture)
    {
        var action = DomainTexts.Get($"AuditAction.{e.Action}", culture);
        if (e.EntityType == "SignInAttempt")
        {
            var raw = Raw(e);
            var ok = raw.TryGetValue("Succeeded", out var s) && s.Length > 0 && s[^1] is JsonElement { ValueKind: JsonValueKind.True };
            var address = raw.TryGetValue("Address", out var a) && a.Length > 0 && a[^1] is JsonElement { ValueKind: JsonValueKind.String } ad ? ad.GetString() : null;
            return string.Format(culture, DomainTexts.Get(ok ? "Audit.SignInOk" : "Audit.SignInFailed", culture), address ?? "—");
        }

        if (changes.FirstOrDefault(c => c.Field == FieldName("State", culture)) is { } state && e.Action == "Updated")
        {
            return $"{state.Old} → {state.New}";
        }

        if (!isRoot)
        {
            // A child row: what it is, and its kind when it has one ("Diễn biến: Báo cáo tiến độ").
            var child = EntityName(e.EntityType, culture);
            var what = changes.FirstOrDefault(c => c.Field == FieldName("Kind", culture) || c.Field == FieldName("Operation", culture));
            return what is null ? $"{action}: {child}" : $"{action}: {child} — {what.New ?? what.Old}";
        }

        return e.Action == "Updated" && changes.Count > 0
            ? $"{action}: {string.Join(", ", changes.Select(c => c.Field).Take(6))}{(changes.Count > 6 ? "…" : "")}"
            : action;
    }

    private static IReadOnlyList<AuditChange> Changes(AuditEntry e, IEntityType? entity, CultureInfo culture)
    {
        var list = new List<AuditChange>();
        foreach (var (name, values) in Raw(e))
        {
            if (Hidden.Contains(name) || name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal))
            {
                continue;
            }

            var property = entity?.FindProperty(name) ?? entity?.FindProperty("_" + char.ToLowerInvariant(name[0]) + name[1..]);
            var type = property?.ClrType is { } t ? Nullable.GetUnderlyingType(t) ?? t : null;
            // Stored as [new] for a creation, [old, new] for a change, [old, null] for a deletion.
            var old = values.Length >= 2 ? Format(values[0], type, culture) : null;
            var now = values.Length >= 2 ? Format(values[1], type, culture) : values.Length == 1 ? Format(values[0], type, culture) : null;
            if (IsGuid(values))
            {
                continue;
            }

            list.Add(new AuditChange(FieldName(name, culture), old, now));
        }

        return list;
    }

    private static bool IsGuid(object?[] values) =>
        values.Any(v => v is JsonElement { ValueKind: JsonValueKind.String } s && Guid.TryParseExact(s.GetString(), "D", out _));

    private static string FieldName(string name, CultureInfo culture) =>
        DomainTexts.Get($"AuditField.{name}", culture) is var label && label != $"AuditField.{name}" ? label : name;

    private static string? Format(object? value, Type? type, CultureInfo culture)
    {
        if (value is not JsonElement json || json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        var text = json.ValueKind switch
        {
            JsonValueKind.True => DomainTexts.Get("Audit.Yes", culture),
            JsonValueKind.False => DomainTexts.Get("Audit.No", culture),
            JsonValueKind.Number => json.GetRawText(),
            JsonValueKind.String => FormatText(json.GetString() ?? "", type, culture),
            JsonValueKind.Array or JsonValueKind.Object => json.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined => "",
        };
        return text.Length <= ValueMaxLength ? text : text[..(ValueMaxLength - 1)] + "…";
    }

    private static string FormatText(string s, Type? type, CultureInfo culture)
    {
        if (type is { IsEnum: true } && Enum.TryParse(type, s, out var member))
        {
            return EnumLabel(type, member!, culture);
        }

        if (type == typeof(DateTime) && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
        {
            return VietnamTime.FormatDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        }

        return type == typeof(DateOnly) && DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var date) ? VietnamTime.Format(date) : s;
    }

    private static string EnumLabel(Type type, object member, CultureInfo culture)
    {
        var key = $"{type.Name}.{member}";
        var label = DomainTexts.Get(key, culture);
        return label == key ? member.ToString()! : label;
    }

    private static Dictionary<string, object?[]> Raw(AuditEntry e)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(e.Changes)?
                .ToDictionary(p => p.Key, p => p.Value.Cast<object?>().ToArray()) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string Short(string id) => id.Length <= 8 ? id : id[..8];
}
