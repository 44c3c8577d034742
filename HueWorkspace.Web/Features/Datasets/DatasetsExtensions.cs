using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Files;
using HueWorkspace.Web.Api;
using HueWorkspace.Web.Auth;
using HueWorkspace.Web.Features.Files;
using HueWorkspace.Web.Reports;

namespace HueWorkspace.Web.Features.Datasets;

/// <summary>The catalogue's and the councils' services, files, PDFs and JSON API.</summary>
public static class DatasetsExtensions
{
    public static IServiceCollection AddWorkspaceDatasets(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new DatasetOptions();
        configuration.GetSection("Datasets").Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<CertificateJob>();
        if (configuration.GetValue("Datasets:JobEnabled", true))
        {
            services.AddHostedService<CertificateWorker>();
        }

        return services;
    }

    public static WebApplication MapDatasetFiles(this WebApplication app)
    {
        var files = app.MapGroup("/datasets").RequireAuthorization(Policies.Assigned).AddEndpointFilter<DomainProblemFilter>();
        files.MapGet("/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, DatasetQueries queries, FileService store, CancellationToken ct) =>
            await FileResults.DownloadAsync(await queries.GetFileAsync(id, fileId, ct), store, ct));
        files.MapGet("/{id:guid}/giay-chung-nhan.pdf", async (Guid id, DatasetQueries queries, TimeProvider clock, CancellationToken ct) =>
        {
            var detail = await queries.GetAsync(id, ct);
            if (detail.Dataset.CertificateNumber is null)
            {
                throw new DomainException("Bộ dữ liệu chưa được cấp giấy chứng nhận.");
            }

            return Results.File(DatasetCertificatePdf.Build(detail, clock.GetUtcNow().UtcDateTime), "application/pdf", $"giay-chung-nhan-{detail.Dataset.CertificateNumber.Replace('/', '-')}.pdf");
        });
        var councils = app.MapGroup("/councils").RequireAuthorization(Policies.Staff).AddEndpointFilter<DomainProblemFilter>();
        councils.MapGet("/{id:guid}/bien-ban.pdf", async (Guid id, CouncilQueries queries, TimeProvider clock, CancellationToken ct) =>
            Results.File(CouncilMinutesPdf.Build(await queries.GetAsync(id, ct), clock.GetUtcNow().UtcDateTime), "application/pdf", "bien-ban-tham-dinh.pdf"));
        return app;
    }

    public sealed record CheckRequest(Criterion Criterion, Verdict Verdict, string? Note = null);

    public sealed record VoteRequest(Vote Vote, string? Reason = null);

    public sealed record OpenRequest(Guid DatasetVersion, DateOnly MeetingDate, IReadOnlyList<Guid> MemberIds, Guid ChairId);

    /// <summary>A dataset as the catalogue describes it, with what the caller may do to it (the page's facts).</summary>
    public sealed record DatasetDto(
        Guid Id, string Name, string Description, Guid OwnerUnitId, string OwnerName, DatasetType Type, DatasetState State, bool IsPublic,
        UpdateFrequency Frequency, DateOnly? LastUpdatedOn, string? CertificateNumber, DateOnly? CertifiedOn, DateOnly? CertificateExpiresOn,
        DateTime? PublishedAtUtc, Guid Version, IReadOnlyList<DatasetOperation> Allowed)
    {
        public static DatasetDto From(DatasetDetail d)
        {
            var x = d.Dataset;
            return new(x.Id, x.Name, x.Description, x.OwnerUnitId, d.OwnerName, x.Type, x.State, x.IsPublic, x.Frequency, x.LastUpdatedOn, x.CertificateNumber,
                x.CertifiedOn, x.CertificateExpiresOn, x.PublishedAtUtc, x.Version, d.Allowed.Order().ToList());
        }
    }

    public static RouteGroupBuilder MapDatasetsApi(this RouteGroupBuilder api)
    {
        var datasets = api.MapGroup("/datasets").RequireAuthorization(Policies.Assigned);
        datasets.MapGet("/", async (DatasetListAddress list, DatasetQueries queries, CancellationToken ct) => Results.Ok(await queries.ListAsync(list.Query, ct)));
        datasets.MapGet("/{id:guid}", async (Guid id, DatasetQueries queries, CancellationToken ct) => Results.Ok(DatasetDto.From(await queries.GetAsync(id, ct))));
        datasets.MapGet("/similar", async (string? name, string? description, DatasetQueries queries, CancellationToken ct) =>
            Results.Ok(await queries.SuggestAsync(name, description, [], ct: ct)));
        datasets.MapPost("/{id:guid}/councils", async (Guid id, OpenRequest r, CouncilService service, CancellationToken ct) =>
            Results.Ok(new { id = await service.OpenAsync(id, r.DatasetVersion, r.MeetingDate, r.MemberIds, r.ChairId, ct) }));
        var councils = api.MapGroup("/councils").RequireAuthorization(Policies.Staff);
        councils.MapGet("/{id:guid}", async (Guid id, CouncilQueries queries, CancellationToken ct) =>
        {
            var d = await queries.GetAsync(id, ct);
            return Results.Ok(new
            {
                d.Council.Id, d.Council.DatasetId, d.Council.DatasetName, d.Council.MeetingDate, d.Council.State, d.Council.Certified, d.Council.Rule,
                Members = d.Members.Select(m => new
                {
                    m.Member.UserId, m.Member.Name, m.Member.UnitName, m.Member.Body, m.Member.IsChair,
                    Checks = m.Checks.Select(c => new { c.Criterion, c.Verdict, c.Note }), Vote = m.Vote?.Vote, m.Vote?.Reason,
                }),
            });
        });
        councils.MapPost("/{id:guid}/checks", async (Guid id, CheckRequest r, CouncilService service, CancellationToken ct) =>
        {
            await service.CheckAsync(id, r.Criterion, r.Verdict, r.Note, ct);
            return Results.NoContent();
        });
        councils.MapPost("/{id:guid}/vote", async (Guid id, VoteRequest r, CouncilService service, CancellationToken ct) =>
        {
            await service.VoteAsync(id, r.Vote, r.Reason, ct);
            return Results.NoContent();
        });
        councils.MapPost("/{id:guid}/close", async (Guid id, CouncilService service, CancellationToken ct) =>
            Results.Ok(new { certified = await service.CloseAsync(id, ct) }));
        return api;
    }
}

/// <summary>Runs the certificate reminders and expiries at start-up and then every <c>Datasets:JobIntervalMinutes</c>, on one instance at a time.</summary>
internal sealed class CertificateWorker(CertificateJob job, DatasetOptions options, Domain.Cluster.JobLeases leases, ILogger<CertificateWorker> logger)
    : Cluster.ClusterJobWorker(leases, logger)
{
    protected override string Name => "dataset-certificates";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(options.JobIntervalMinutes, 1));

    protected override Task<int> RunOnceAsync(CancellationToken ct) => job.RunOnceAsync(ct);
}
