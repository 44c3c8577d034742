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

    public static IServiceCollection AddWorkspaceDataRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DataRequestJob>();
        services.AddScoped<RefusalLetters>();
        if (configuration.GetValue("DataRequests:JobEnabled", true))
        {
            services.AddHostedService<DataRequestWorker>();
        }

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SharedPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                DataAccessToken.HashOf(context.Request.Headers.Authorization.ToString()),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = SharedReadsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    public static WebApplication MapDataRequestFiles(this WebApplication app)
    {
        var files = app.MapGroup("/data-requests").RequireAuthorization(Policies.Assigned).AddEndpointFilter<DomainProblemFilter>();
        files.MapGet("/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, DataRequestQueries queries, FileService store, CancellationToken ct) =>
            await FileResults.DownloadAsync(await queries.DownloadAsync(id, fileId, ct), store, ct));
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

        files.MapGet("/log.xlsx", async (Guid? dataset, Guid? requester, DataRequestQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
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
            return Results.File(XlsxWriter.Build("Nhật ký chia sẻ", ["Thời điểm", "Bên khai thác", "Nội dung", "Phương thức", "Mã yêu cầu"],
                rows.Select(e => new object?[] { VietnamTime.FormatDateTime(e.AtUtc), e.RequesterName, e.What, DomainTexts.Label(e.Method, DomainTexts.Vietnamese), e.RequestId.ToString() }),
                [18, 30, 50, 12, 38]), XlsxWriter.ContentType, $"nhat-ky-chia-se-{stamp}.xlsx");
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

/// <summary>Runs the data requests' reminders, escalations and expiries every <c>DataRequests:JobIntervalMinutes</c> (default 30).</summary>
internal sealed class DataRequestWorker(DataRequestJob job, IConfiguration configuration, ILogger<DataRequestWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(configuration.GetValue("DataRequests:JobIntervalMinutes", 30.0), 0.1)));
        do
        {
            try
            {
                await job.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Data request reminders failed; retrying at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
