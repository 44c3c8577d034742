using HueWorkspace.Domain.Auditing;
using HueWorkspace.Domain.Common;
using HueWorkspace.Web.Api;
using HueWorkspace.Web.Auth;
using HueWorkspace.Web.Reports;

namespace HueWorkspace.Web.Features.Admin;

/// <summary>The audit trail as the page filters it, as a spreadsheet: <c>/admin/audit.xlsx?from=&amp;to=&amp;actor=&amp;type=&amp;record=</c>.</summary>
public static class AuditExport
{
    public static WebApplication MapAuditExport(this WebApplication app)
    {
        app.MapGet("/admin/audit.xlsx", async (HttpRequest request, AuditService audit, TimeProvider clock, CancellationToken ct) =>
        {
            var filter = FilterOf(request.Query);
            var lines = await audit.ExportAsync(filter, ct);
            var stamp = VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
            return Results.File(Build(lines), XlsxWriter.ContentType, $"nhat-ky-thay-doi-{stamp}.xlsx");
        }).RequireAuthorization(Policies.Administrator).AddEndpointFilter<DomainProblemFilter>();
        return app;
    }

    /// <summary>The filter from the address the page writes (<see cref="AddressOf"/>); what does not parse is left out.</summary>
    public static AuditFilter FilterOf(IQueryCollection query) => new(
        From: DateOnly.TryParseExact(query["from"], "yyyy-MM-dd", out var from) ? from : null,
        To: DateOnly.TryParseExact(query["to"], "yyyy-MM-dd", out var to) ? to : null,
        Actor: Text(query["actor"]),
        RecordType: Text(query["type"]),
        Record: Text(query["record"]));

    public static string AddressOf(AuditFilter f)
    {
        var parts = new List<string>();
        Add("from", f.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", f.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("actor", f.Actor);
        Add("type", f.RecordType);
        Add("record", f.Record);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);

        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value.Trim())}");
            }
        }
    }

    public static byte[] Build(IReadOnlyList<AuditLine> lines) => XlsxWriter.Build("Nhật ký thay đổi",
        ["Thời điểm", "Người thực hiện", "Đơn vị", "Loại hồ sơ", "Hồ sơ", "Nội dung", "Chi tiết"],
        lines.Select(l => new object?[]
        {
            VietnamTime.ToLocal(l.AtUtc), l.ActorName, l.ActorUnitName ?? "", l.RecordKind, l.Record, l.Summary,
            string.Join("; ", l.Changes.Select(c => c.Old is null ? $"{c.Field}: {c.New ?? "—"}" : $"{c.Field}: {c.Old} → {c.New ?? "—"}")),
        }),
        [17, 24, 30, 24, 36, 40, 80]);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) || value.Length > 200 ? null : CleanText.Apply(value).Trim();
}
