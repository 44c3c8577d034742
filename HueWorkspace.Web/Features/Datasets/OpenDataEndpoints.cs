using System.Globalization;
using System.Text;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Files;
using HueWorkspace.Web.Features.Files;
using HueWorkspace.Web.Reports;

namespace HueWorkspace.Web.Features.Datasets;

/// <summary>
/// The open data for machines and the public, without signing in (Decision 41 Art. 20, 26.4, 30): the files, the printable
/// catalogue, a DCAT-AP catalogue in JSON-LD, and the read-only part of CKAN's Action API (version 3) that open-data
/// harvesters speak. Answers are public and cacheable for a few minutes.
/// </summary>
public static class OpenDataEndpoints
{
    public const string CacheControl = "public, max-age=300";

    /// <summary>
    /// The open-data pages and answers are the same for everyone: cacheable by browsers and proxies for a few minutes, with
    /// no cookie set on them (the framework's antiforgery cookie would make every answer private; these pages post nothing).
    /// </summary>
    public static void UsePublicCaching(WebApplication app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/open-data", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    context.Response.Headers.CacheControl = CacheControl;
                    context.Response.Headers.Vary = "Cookie, Accept-Language";
                    context.Response.Headers.Remove("Set-Cookie");
                    context.Response.Headers.Remove("Pragma");
                }

                return Task.CompletedTask;
            });
        }

        await next(context);
    });

    public static WebApplication MapOpenData(this WebApplication app)
    {
        var open = app.MapGroup("/open-data").AllowAnonymous().AddEndpointFilter<Api.DomainProblemFilter>();
        open.MapGet("/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, OpenDataQueries queries, FileService store, CancellationToken ct) =>
            await FileResults.DownloadAsync(await queries.GetFileAsync(id, fileId, ct), store, ct));
        open.MapGet("/catalogue.pdf", async (OpenDataQueries queries, TimeProvider clock, CancellationToken ct) =>
            Results.File(OpenDataCataloguePdf.Build(await queries.CatalogueAsync(ct), clock.GetUtcNow().UtcDateTime), "application/pdf", "danh-muc-du-lieu-so-dat-chuan.pdf"));
        open.MapGet("/catalog.jsonld", async (HttpRequest request, OpenDataQueries queries, CancellationToken ct) =>
            Results.Json(Dcat(BaseUrl(request), await queries.AllAsync(ct)), contentType: "application/ld+json; charset=utf-8"));

        var ckan = open.MapGroup("/api/3/action");
        ckan.MapGet("/package_list", async (OpenDataQueries queries, CancellationToken ct) =>
            Ckan("package_list", (await queries.AllAsync(ct)).Select(d => NameOf(d.Dataset)).ToList()));
        ckan.MapGet("/package_show", async (string? id, HttpRequest request, OpenDataQueries queries, CancellationToken ct) =>
            await FindAsync(queries, id, ct) is { } d ? Ckan("package_show", Package(BaseUrl(request), d)) : NotFound("package_show"));
        ckan.MapGet("/package_search", async (string? q, int? rows, int? start, HttpRequest request, OpenDataQueries queries, CancellationToken ct) =>
        {
            var take = Math.Clamp(rows ?? 10, 0, 1000);
            var skip = Math.Max(start ?? 0, 0);
            var found = await queries.AllAsync(ct);
            var matching = string.IsNullOrWhiteSpace(q) ? found
                : found.Where(d => TextSearch.Normalize(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => d.Dataset.SearchText.Contains(w, StringComparison.Ordinal))).ToList();
            return Ckan("package_search", new
            {
                count = matching.Count,
                results = matching.Skip(skip).Take(take).Select(d => Package(BaseUrl(request), d)),
                sort = "score desc, metadata_modified desc",
                facets = new { },
                search_facets = new { },
            });
        });
        ckan.MapGet("/organization_list", async (bool? all_fields, OpenDataQueries queries, CancellationToken ct) =>
        {
            var publishers = await queries.PublishersAsync(ct);
            return all_fields == true
                ? Ckan("organization_list", publishers.Select(p => (object)Organization(p.Id, p.Code, p.Name, p.Count)).ToList())
                : Ckan("organization_list", publishers.Select(p => (object)p.Code.ToLowerInvariant()).ToList());
        });
        return app;
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    /// <summary>CKAN names a package by a URL-safe, unique name: the title without diacritics, then a block of the id.</summary>
    public static string NameOf(Dataset d)
    {
        var slug = new StringBuilder();
        foreach (var c in TextSearch.Normalize(d.Name))
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var name = string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        // The id's last block: a version-7 id begins with its time, which datasets made together share.
        return $"{(name.Length > 80 ? name[..80].TrimEnd('-') : name)}-{d.Id.ToString("N")[^8..]}";
    }

    private static async Task<OpenDataset?> FindAsync(OpenDataQueries queries, string? id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        if (Guid.TryParse(id, out var guid))
        {
            try
            {
                return await queries.GetAsync(guid, ct);
            }
            catch (NotFoundException)
            {
                return null;
            }
        }

        return (await queries.AllAsync(ct)).FirstOrDefault(d => NameOf(d.Dataset) == id);
    }

    private static IResult Ckan(string action, object result) =>
        Results.Json(new { help = $"/open-data/api/3/action/help_show?name={action}", success = true, result });

    private static IResult NotFound(string action) => Results.Json(new
    {
        help = $"/open-data/api/3/action/help_show?name={action}",
        success = false,
        error = new { __type = "Not Found Error", message = "Không tìm thấy bộ dữ liệu." },
    }, statusCode: StatusCodes.Status404NotFound);

    private static object Organization(Guid id, string code, string name, int count) => new
    {
        id, name = code.ToLowerInvariant(), title = name, type = "organization", is_organization = true, state = "active", package_count = count,
    };

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    private static string Format(StoredFileInfo f) => f.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "JSON" : "CSV";

    /// <summary>A package as CKAN's <c>package_show</c> gives it (the fields harvesters read).</summary>
    public static object Package(string baseUrl, OpenDataset o)
    {
        var d = o.Dataset;
        var modified = o.Files.Count > 0 ? o.Files.Max(f => f.UploadedAtUtc) : d.PublishedAtUtc ?? d.CreatedAtUtc;
        return new
        {
            id = d.Id,
            name = NameOf(d),
            title = d.Name,
            notes = d.Description,
            type = "dataset",
            state = "active",
            @private = false,
            url = $"{baseUrl}/open-data/{d.Id}",
            license_id = "other-open",
            license_title = "Dữ liệu mở, sử dụng tự do (Điều 20 Quyết định 41/2024/QĐ-UBND)",
            metadata_created = Iso(d.CreatedAtUtc),
            metadata_modified = Iso(modified),
            maintainer = d.FocalOfficerName ?? d.ResponsiblePerson,
            author = o.OwnerName,
            organization = Organization(d.OwnerUnitId, o.OwnerCode, o.OwnerName, 0),
            owner_org = d.OwnerUnitId,
            num_resources = o.Files.Count,
            resources = o.Files.Select((f, i) => new
            {
                id = f.Id,
                package_id = d.Id,
                name = f.FileName,
                url = $"{baseUrl}/open-data/{d.Id}/files/{f.Id}",
                format = Format(f),
                mimetype = f.ContentType.Split(';')[0],
                size = f.Length,
                hash = $"sha256:{f.Sha256}",
                position = i,
                created = Iso(f.UploadedAtUtc),
                last_modified = Iso(f.UploadedAtUtc),
            }),
            num_tags = o.CodeLists.Count + 1,
            tags = o.CodeLists.Select(c => new { name = c.Code.ToLowerInvariant(), display_name = c.Name }).Prepend(new { name = d.Type.ToString().ToLowerInvariant(), display_name = DomainTexts.Label(d.Type, DomainTexts.Vietnamese) }),
            extras = new[]
            {
                new { key = "frequency", value = d.Frequency.ToString() },
                new { key = "certificate", value = d.CertificateNumber ?? "" },
                new { key = "certificate_valid_until", value = d.CertificateExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "" },
                new { key = "fee", value = d.Fee ?? "Miễn phí" },
            },
        };
    }

    private static string FrequencyUri(UpdateFrequency f) => "http://publications.europa.eu/resource/authority/frequency/" + f switch
    {
        UpdateFrequency.Daily => "DAILY",
        UpdateFrequency.Weekly => "WEEKLY",
        UpdateFrequency.Monthly => "MONTHLY",
        UpdateFrequency.Quarterly => "QUARTERLY",
        UpdateFrequency.Yearly => "ANNUAL",
        UpdateFrequency.OnChange => "IRREG",
    };

    /// <summary>The catalogue in DCAT-AP (JSON-LD): catalogue, datasets, distributions, publishers, contact points.</summary>
    public static object Dcat(string baseUrl, IReadOnlyList<OpenDataset> datasets) => new Dictionary<string, object>
    {
        ["@context"] = new Dictionary<string, string>
        {
            ["dcat"] = "http://www.w3.org/ns/dcat#",
            ["dct"] = "http://purl.org/dc/terms/",
            ["foaf"] = "http://xmlns.com/foaf/0.1/",
            ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
            ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        },
        ["@id"] = $"{baseUrl}/open-data/catalog.jsonld",
        ["@type"] = "dcat:Catalog",
        ["dct:title"] = "Danh mục dữ liệu mở thành phố Huế",
        ["dct:description"] = "Dữ liệu số đạt chuẩn được công khai theo Quyết định 41/2024/QĐ-UBND (Điều 20, 30).",
        ["dct:language"] = new { @id = "http://publications.europa.eu/resource/authority/language/VIE" },
        ["dct:publisher"] = new Dictionary<string, object> { ["@type"] = "foaf:Agent", ["foaf:name"] = "UBND thành phố Huế" },
        ["foaf:homepage"] = new Dictionary<string, string> { ["@id"] = $"{baseUrl}/open-data" },
        ["dcat:dataset"] = datasets.Select(o => new Dictionary<string, object?>
        {
            ["@id"] = $"{baseUrl}/open-data/{o.Dataset.Id}",
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = o.Dataset.Id.ToString(),
            ["dct:title"] = o.Dataset.Name,
            ["dct:description"] = o.Dataset.Description,
            ["dct:issued"] = new Dictionary<string, string> { ["@value"] = Iso(o.Dataset.PublishedAtUtc ?? o.Dataset.CreatedAtUtc), ["@type"] = "xsd:dateTime" },
            ["dct:modified"] = new Dictionary<string, string> { ["@value"] = (o.Dataset.LastUpdatedOn ?? DateOnly.FromDateTime(o.Dataset.CreatedAtUtc)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["@type"] = "xsd:date" },
            ["dct:publisher"] = new Dictionary<string, object> { ["@type"] = "foaf:Agent", ["foaf:name"] = o.OwnerName },
            ["dct:accrualPeriodicity"] = new Dictionary<string, string> { ["@id"] = FrequencyUri(o.Dataset.Frequency) },
            ["dct:accessRights"] = new Dictionary<string, string> { ["@id"] = "http://publications.europa.eu/resource/authority/access-right/PUBLIC" },
            ["dcat:landingPage"] = new Dictionary<string, string> { ["@id"] = $"{baseUrl}/open-data/{o.Dataset.Id}" },
            ["dcat:keyword"] = o.CodeLists.Select(c => c.Name).Prepend(DomainTexts.Label(o.Dataset.Type, DomainTexts.Vietnamese)).ToList(),
            ["dcat:contactPoint"] = new Dictionary<string, object> { ["@type"] = "vcard:Kind", ["vcard:fn"] = o.Dataset.FocalOfficerName ?? o.Dataset.ResponsiblePerson },
            ["dcat:distribution"] = o.Files.Select(f => new Dictionary<string, object>
            {
                ["@id"] = $"{baseUrl}/open-data/{o.Dataset.Id}/files/{f.Id}",
                ["@type"] = "dcat:Distribution",
                ["dct:title"] = f.FileName,
                ["dcat:downloadURL"] = new Dictionary<string, string> { ["@id"] = $"{baseUrl}/open-data/{o.Dataset.Id}/files/{f.Id}" },
                ["dcat:accessURL"] = new Dictionary<string, string> { ["@id"] = $"{baseUrl}/open-data/{o.Dataset.Id}" },
                ["dcat:mediaType"] = f.ContentType.Split(';')[0],
                ["dct:format"] = Format(f),
                ["dcat:byteSize"] = new Dictionary<string, string> { ["@value"] = f.Length.ToString(CultureInfo.InvariantCulture), ["@type"] = "xsd:nonNegativeInteger" },
            }).ToList(),
        }).ToList(),
    };
}
