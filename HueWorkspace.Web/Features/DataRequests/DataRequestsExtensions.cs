using System.Threading.RateLimiting;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Files;
using HueWorkspace.Web.Api;
using HueWorkspace.Web.Auth;
using HueWorkspace.Web.Features.Files;
using HueWorkspace.Web.Reports;
using Microsoft.AspNetCore.RateLimiting;

namespace HueWorkspace.Web.Features.DataRequests;

/// <summary>Data requests' files (logged downloads), papers (agreement, refusal letter), and the token-read API for requesters.</summary>
public static class DataRequestsExtensions
{
    /// <summary>Reads through a requester's token: at most this many a minute per token (then 429).</summary>
    public const int SharedReadsPerMinute = 60;

    public const string SharedPolicy = "shared-data";

    /// <summary>Downloads of provided files: at most this many a minute per person (then 429), like the API reads.</summary>
    public const int DownloadsPerMinute = 30;

    public const string DownloadPolicy = "shared-downloads";

    public static IServiceCollection AddWorkspaceDataRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DataRequestJob>();
        services.AddScoped<IRefusalLetters, RefusalLetters>();
        if (configuration.GetValue("DataRequests:JobEnabled", true))
        {
            services.AddHostedService<DataRequestWorker>();
        }

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Said in words (a problem body, so the pages' "not found" re-execution leaves it alone).
            o.OnRejected = (context, ct) => new ValueTask(Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Quá nhiều yêu cầu",
                detail: "Bạn đã tải quá nhiều lần trong một phút; vui lòng thử lại sau ít phút.").ExecuteAsync(context.HttpContext));
            o.AddPolicy(SharedPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                DataAccessToken.HashOf(context.Request.Headers.Authorization.ToString()),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = SharedReadsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.AddPolicy(DownloadPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(WorkspaceClaims.Subject)?.Value ?? context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = DownloadsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    public static WebApplication MapDataRequestFiles(this WebApplication app)
    {
        var files = app.MapGroup("/data-requests").RequireAuthorization(Policies.Assigned).AddEndpointFilter<DomainProblemFilter>();
        files.MapGet("/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, DataRequestQueries queries, FileService store, CancellationToken ct) =>
            await FileResults.DownloadAsync(await queries.DownloadAsync(id, fileId, ct), store, ct)).RequireRateLimiting(DownloadPolicy);
        files.MapGet("/{id:guid}/thoa-thuan.pdf", async (Guid id, DataRequestQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            var detail = await queries.GetAsync(id, ct);
            if (detail.Request.AgreedTo is null)
            {
                throw new DomainException("Yêu cầu chưa có thỏa thuận chia sẻ.");
            }

            return Results.File(DataRequestPdfs.Agreement(detail, clock.GetUtcNow().UtcDateTime), "application/pdf", $"thoa-thuan-{detail.Request.Number}.pdf");
        });
        files.MapGet("/{id:guid}/tu-choi.pdf", async (Guid id, DataRequestQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            var detail = await queries.GetAsync(id, ct);
            if (detail.Request.State != RequestState.Refused)
            {
                throw new DomainException("Yêu cầu không bị từ chối.");
            }

            return Results.File(DataRequestPdfs.Refusal(detail, clock.GetUtcNow().UtcDateTime), "application/pdf", $"tu-choi-{detail.Request.Number}.pdf");
        });

        files.MapGet("/log.xlsx", async (Guid? dataset, Guid? requester, DataRequestQueries queries, Domain.Organization.OrganizationService organization, TimeProvider clock, CancellationToken ct) =>
        {
            var units = (await organization.GetTreeAsync(ct)).Units.ToDictionary(u => u.Id, u => u.Name);
            var rows = new List<SharingLogEntry>();
            for (var page = 0; page < 200; page++)
            {
                var (items, _) = await queries.SharingLogAsync(new SharingLogQuery(dataset, requester, page, Domain.Common.Paging.MaxPageSize), ct);
                rows.AddRange(items);
                if (items.Count < Domain.Common.Paging.MaxPageSize)
                {
                    break;
                }
            }

            var stamp = VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
            // Nghị định 47 Art. 45: when, which step, the request by its number, to whom, who received or acted, what, how.
            return Results.File(XlsxWriter.Build("Nhật ký chia sẻ", ["Thời điểm", "Bước", "Số yêu cầu", "Bên khai thác", "Người nhận / thực hiện", "Nội dung", "Phương thức"],
                rows.Select(e => new object?[]
                {
                    VietnamTime.ToLocal(e.AtUtc), DomainTexts.Label(e.Kind, DomainTexts.Vietnamese), e.RequestNumber ?? "", units.GetValueOrDefault(e.RequesterUnitId, ""),
                    e.PersonName ?? e.RequesterName, e.What, DomainTexts.Label(e.Method, DomainTexts.Vietnamese),
                }),
                [17, 12, 14, 34, 26, 60, 10]), XlsxWriter.ContentType, $"nhat-ky-chia-se-{stamp}.xlsx");
        });

        // The requester's systems read the shared data with the token given for the API method (Art. 27.1b), nothing else.
        app.MapGet("/api/shared/{id:guid}", async (Guid id, HttpRequest request, DataRequestQueries queries, CancellationToken ct) =>
        {
            var header = request.Headers.Authorization.ToString();
            var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
            var shared = await queries.ReadSharedAsync(id, bearer, ct);
            return shared is null
                ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Không được phép", detail: "Mã truy cập không hợp lệ, đã bị thu hồi hoặc đã hết thời hạn chia sẻ.")
                : Results.Ok(new
                {
                    shared.RequestId, shared.Number, shared.DatasetName, shared.AgreedFrom, shared.AgreedTo,
                    Files = shared.Files.Select(f => new { f.Id, f.FileName, f.ContentType, f.Length, f.Sha256 }),
                });
        }).AllowAnonymous().RequireRateLimiting(SharedPolicy);
        return app;
    }
}

/// <summary>The data requests' JSON API (for a requester's own systems and the Hue-S app): same services, same rules as the pages.</summary>
public static class DataRequestsApi
{
    /// <summary>One body for every action; each reads what it needs.</summary>
    public sealed record RequestActionBody(Guid Version, string? Text = null, Agreement? Agreement = null, Guid? UnitId = null, Guid? ItemId = null,
        bool? Consent = null, string? Party = null);

    public static RouteGroupBuilder MapDataRequestsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/data-requests").RequireAuthorization(Policies.Assigned);
        group.MapGet("/", async (RequestListAddress list, DataRequestQueries queries, CancellationToken ct) => Results.Ok(await queries.ListAsync(list.Query, ct)));
        group.MapGet("/{id:guid}", async (Guid id, DataRequestQueries queries, CancellationToken ct) =>
        {
            var x = await queries.GetAsync(id, ct);
            var r = x.Request;
            return Results.Ok(new
            {
                r.Id, r.Number, r.State, r.RequesterName, RequesterUnit = x.RequesterUnitName, Owner = x.OwnerName, r.DatasetIds, r.DatasetName,
                r.UncataloguedDescription, r.DataItems, r.Purpose, r.LegalBasis, r.Method, r.Frequency, r.RequestedFrom, r.RequestedTo, r.PersonalData,
                r.SubmittedAtUtc, r.DueOn, x.Overdue, r.AgreedFrom, r.AgreedTo, r.PlaceOfUse, r.Processing, r.Conditions, r.Security, r.Storage, r.Deletion,
                r.RefusalReason, r.Version, x.Allowed,
                Events = r.Events.Select(e => new { e.Kind, e.ActorName, e.Text, e.AtUtc }),
                Errors = r.Errors.Select(e => new { e.Id, e.Text, e.ReportedByName, e.ReportedAtUtc, e.Resolution, e.ResolvedAtUtc }),
                Onward = r.Onward.Select(o => new { o.Id, o.Party, o.Purpose, o.OwnerConsent, o.AuthorityConsent }),
                Files = x.Files.Select(f => new { f.Id, f.FileName, f.ContentType, f.Length }),
            });
        });

        // A draft from the E-Form's fields; it is sent with the Submit action (the same checks as the page).
        group.MapPost("/", async (RequestForm form, DataRequestService service, CancellationToken ct) =>
            Results.Ok(new { id = await service.SaveDraftAsync(null, null, form, ct) }));
        group.MapPut("/{id:guid}", async (Guid id, Guid version, RequestForm form, DataRequestService service, CancellationToken ct) =>
        {
            await service.SaveDraftAsync(id, version, form, ct);
            return Results.NoContent();
        });
        group.MapPost("/{id:guid}/actions/{operation}", async (Guid id, string operation, RequestActionBody b, DataRequestService service, CancellationToken ct) =>
        {
            if (!EnumNames.TryParse<RequestOperation>(operation, out var op))
            {
                throw new DomainException("Thao tác không hợp lệ.");
            }

            // The same dispatch as the page's panel; files are provided on the page (an upload), so through the API a
            // provision is the API method's token.
            var token = await service.RunAsync(id, new RequestAction(op, b.Version, b.Text, b.Agreement, b.UnitId, b.ItemId, b.Consent, b.Party, Channel: SharingMethod.Api), ct);
            return Results.Ok(new { id, token });
        });
        return api;
    }
}

/// <summary>Runs the data requests' reminders, escalations and expiries every <c>DataRequests:JobIntervalMinutes</c> (default 30), on one instance at a time.</summary>
internal sealed class DataRequestWorker(DataRequestJob job, IConfiguration configuration, Domain.Cluster.JobLeases leases, ILogger<DataRequestWorker> logger)
    : Cluster.ClusterJobWorker(leases, logger)
{
    protected override string Name => "data-requests";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(configuration.GetValue("DataRequests:JobIntervalMinutes", 30.0), 0.1));

    protected override Task<int> RunOnceAsync(CancellationToken ct) => job.RunOnceAsync(ct);
}
