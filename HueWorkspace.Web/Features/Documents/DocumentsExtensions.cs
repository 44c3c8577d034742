using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Api;
using HueWorkspace.Web.Auth;
using HueWorkspace.Web.Features.Files;
using HueWorkspace.Web.Reports;

namespace HueWorkspace.Web.Features.Documents;

/// <summary>Files a browser opens directly (the PDF shown in the page, attachments, the slip, the register, the export) and the JSON API.</summary>
public static class DocumentsExtensions
{
    public static WebApplication MapDocumentFiles(this WebApplication app)
    {
        var files = app.MapGroup("/documents").RequireAuthorization(Policies.Staff).AddEndpointFilter<DomainProblemFilter>();

        // The main PDF is shown inside the document's page (FileResults.ShowOrDownloadAsync).
        files.MapGet("/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, bool? inline, HttpContext context, IncomingQueries queries, FileService store, CancellationToken ct) =>
            await FileResults.ShowOrDownloadAsync(await queries.GetFileAsync(id, fileId, ct), inline, context, store, ct));
        files.MapGet("/{id:guid}/phieu-giai-quyet.pdf", async (Guid id, IncomingQueries queries, TaskQueries tasks, TimeProvider clock, CancellationToken ct) =>
        {
            var detail = await queries.GetAsync(id, recordView: false, ct);
            TaskDetail? task = null;
            if (detail.Document.TaskId is { } taskId)
            {
                try
                {
                    task = await tasks.GetAsync(taskId, ct);
                }
                catch (NotFoundException)
                {
                    // The person may read the document without seeing every unit's handling: the slip shows the tiers it can.
                }
            }

            return Results.File(IncomingSlipPdf.Build(detail, task, clock.GetUtcNow().UtcDateTime), "application/pdf", $"phieu-giai-quyet-{detail.Document.ArrivalNumber}-{detail.Document.Year}.pdf");
        });
        files.MapGet("/so-den.pdf", async (DateOnly? from, DateOnly? to, IncomingQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            var (start, end) = Period(from, to, clock);
            var rows = await queries.RegisterAsync(start, end, ct);
            return Results.File(IncomingRegisterPdf.Build(await queries.MyUnitNameAsync(ct), start, end, rows, clock.GetUtcNow().UtcDateTime),
                "application/pdf", $"so-van-ban-den-{start:yyyyMMdd}-{end:yyyyMMdd}.pdf");
        });
        files.MapGet("/export.xlsx", async (HttpRequest request, IncomingQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            var rows = await queries.ExportAsync(IncomingListAddress.Keys.Read(request.Query), ct);
            var stamp = VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
            return Results.File(XlsxWriter.Build("Văn bản đến", IncomingRegisterPdf.Columns, rows.Select(IncomingRegisterPdf.Values),
                [8, 11, 30, 18, 11, 60, 30, 10, 14, 40, 16]), XlsxWriter.ContentType, $"van-ban-den-{stamp}.xlsx");
        });
        return app;
    }

    internal static (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        var today = VietnamTime.Today(clock);
        var start = from ?? new DateOnly(today.Year, today.Month, 1);
        return (start, to ?? today);
    }

    public sealed record UnitDue(Guid UnitId, DateOnly DueDate);

    /// <summary>One body for every action; each reads what it needs.</summary>
    public sealed record ActionRequest(Guid Version, Guid? LeaderId = null, string? Text = null, UnitDue? Lead = null, IReadOnlyList<UnitDue>? Coordinators = null,
        TaskPriority Priority = TaskPriority.Normal);

    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/documents").RequireAuthorization(Policies.Staff);
        group.MapGet("/", async (IncomingListAddress list, IncomingQueries queries, CancellationToken ct) => Results.Ok(await queries.ListAsync(list.Query, ct)));
        group.MapGet("/{id:guid}", async (Guid id, IncomingQueries queries, CancellationToken ct) =>
        {
            var d = await queries.GetAsync(id, ct: ct);
            var doc = d.Document;
            return Results.Ok(new
            {
                doc.Id, Number = doc.ArrivalLabel, doc.ArrivalDate, doc.IssuerName, doc.NumberSymbol, doc.IssueDate, doc.Type, doc.Excerpt, doc.Urgency,
                doc.Confidentiality, doc.Signer, doc.State, doc.PresentedToName, doc.DirectionText, doc.TaskId, doc.Version, d.Allowed,
                Files = d.Files.Select(f => new { f.Id, f.FileName, f.ContentType, f.Length, Main = f.PartId == IncomingDocument.MainFilePart }),
                Handling = d.Handling,
            });
        });
        group.MapPost("/{id:guid}/actions/{operation}", async (Guid id, string operation, ActionRequest r, IncomingService service, CancellationToken ct) =>
        {
            if (!EnumNames.TryParse<IncomingOperation>(operation, out var op))
            {
                throw new DomainException("Thao tác không hợp lệ.");
            }

            // The same dispatch as the page's panel.
            var direction = op != IncomingOperation.Direct ? null : new DirectIncoming(r.Text,
                r.Lead is { } lead ? new TaskUnitDue(lead.UnitId, "", lead.DueDate) : null,
                (r.Coordinators ?? []).Select(c => new TaskUnitDue(c.UnitId, "", c.DueDate)).ToList(), r.Priority);
            var taskId = await service.RunAsync(id, new IncomingAction(op, r.Version, r.LeaderId, r.Text, direction), ct);
            return Results.Ok(new { id, taskId });
        });
        return api;
    }
}
