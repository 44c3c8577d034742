using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Web.Api;
using HueWorkspace.Web.Auth;
using HueWorkspace.Web.Features.Files;
using HueWorkspace.Web.Reports;

namespace HueWorkspace.Web.Features.Documents;

/// <summary>Outgoing documents' files (the draft versions, appendices, the edXML package, the register, the export) and their JSON API.</summary>
public static class OutgoingExtensions
{
    public static WebApplication MapOutgoingFiles(this WebApplication app)
    {
        var files = app.MapGroup("/outgoing").RequireAuthorization(Policies.Staff).AddEndpointFilter<DomainProblemFilter>();
        files.MapGet("/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, bool? inline, HttpContext context, OutgoingQueries queries, FileService store, CancellationToken ct) =>
            await FileResults.ShowOrDownloadAsync(await queries.GetFileAsync(id, fileId, ct), inline, context, store, ct));
        files.MapGet("/{id:guid}/edxml", async (Guid id, DocumentExchange exchange, CancellationToken ct) =>
        {
            var (content, name) = await exchange.ExportAsync(id, ct);
            return Results.File(content, Edxml.ContentType, name);
        });
        files.MapGet("/so-di.pdf", async (DateOnly? from, DateOnly? to, OutgoingQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            var (start, end) = DocumentsExtensions.Period(from, to, clock);
            var rows = await queries.RegisterAsync(start, end, ct);
            return Results.File(OutgoingRegisterPdf.Build(await queries.MyUnitNameAsync(ct), start, end, rows, clock.GetUtcNow().UtcDateTime),
                "application/pdf", $"so-van-ban-di-{start:yyyyMMdd}-{end:yyyyMMdd}.pdf");
        });
        files.MapGet("/so-di.xlsx", async (DateOnly? from, DateOnly? to, OutgoingQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            var (start, end) = DocumentsExtensions.Period(from, to, clock);
            var rows = await queries.RegisterAsync(start, end, ct);
            return Results.File(Xlsx(rows), XlsxWriter.ContentType, $"so-van-ban-di-{start:yyyyMMdd}-{end:yyyyMMdd}.xlsx");
        });
        files.MapGet("/export.xlsx", async (HttpRequest request, OutgoingQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            var rows = await queries.ExportAsync(OutgoingListAddress.Keys.Read(request.Query), ct);
            var stamp = VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
            return Results.File(Xlsx(rows), XlsxWriter.ContentType, $"van-ban-di-{stamp}.xlsx");
        });
        return app;
    }

    private static byte[] Xlsx(IReadOnlyList<OutgoingRow> rows) =>
        XlsxWriter.Build("Văn bản đi", OutgoingRegisterPdf.Columns, rows.Select(OutgoingRegisterPdf.Values), [16, 11, 60, 24, 40, 24, 10, 11, 10, 20]);

    /// <summary>One body for every action; each reads what it needs.</summary>
    public sealed record OutgoingActionRequest(Guid Version, string? Text = null, SigningCapacity? Capacity = null);

    public static RouteGroupBuilder MapOutgoingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/outgoing").RequireAuthorization(Policies.Staff);
        group.MapGet("/", async (OutgoingListAddress list, OutgoingQueries queries, CancellationToken ct) => Results.Ok(await queries.ListAsync(list.Query, ct)));
        group.MapGet("/{id:guid}", async (Guid id, OutgoingQueries queries, CancellationToken ct) =>
        {
            var x = await queries.GetAsync(id, ct: ct);
            var d = x.Document;
            return Results.Ok(new
            {
                d.Id, d.State, d.NumberSymbol, d.IssueDate, d.Type, d.Excerpt, d.Urgency, d.Confidentiality, IssuerName = x.IssuerName, DraftingUnitName = x.DraftingUnitName,
                d.DrafterName, d.SignerName, d.Capacity, d.Revision, d.Version, x.Allowed, x.Recipients, d.RecallReason,
                Steps = d.Steps.OrderBy(s => s.AtUtc).Select(s => new { s.Operation, s.ActorName, s.Text, s.Capacity, s.Revision, s.AtUtc }),
                Fixes = x.Fixes, FixedBy = x.FixedBy,
            });
        });
        group.MapPost("/{id:guid}/actions/{operation}", async (Guid id, string operation, OutgoingActionRequest r, OutgoingService service, CancellationToken ct) =>
        {
            if (!EnumNames.TryParse<OutgoingOperation>(operation, out var op))
            {
                throw new DomainException("Thao tác không hợp lệ.");
            }

            // The same dispatch as the page's panel: a revision carries a whole draft and has its own endpoint.
            var number = await service.RunAsync(id, new OutgoingAction(op, r.Version, r.Text, r.Capacity), ct);
            return Results.Ok(new { id, numberSymbol = number });
        });
        group.MapPost("/authorisations", async (GrantAuthorisation body, OutgoingService service, CancellationToken ct) =>
            Results.Ok(new { id = await service.GrantAsync(body, ct) }));
        group.MapPost("/authorisations/{id:guid}/revoke", async (Guid id, OutgoingService service, CancellationToken ct) =>
        {
            await service.RevokeAsync(id, ct);
            return Results.NoContent();
        });
        return api;
    }
}
