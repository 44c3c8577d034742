using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Datasets;

/// <summary>
/// The open data as the public and harvesters meet it, without signing in, over the demo catalogue: the pages (static,
/// cacheable, no cookie), the CKAN Action API and the DCAT catalogue parsed as a client would, the downloads, and what
/// never appears (a state secret, personal data, a dataset not certified or not public).
/// </summary>
public sealed class OpenDataTests(OpenDataTests.Factory factory) : IClassFixture<OpenDataTests.Factory>
{
    public sealed class Factory : SignedInFactory
    {
        public Factory() => DemoDatasets = true;
    }

    private HttpClient Anonymous() => factory.CreateDefaultClient(new Uri("http://localhost/"));

    private async Task<List<Dataset>> DatasetsAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        return await db.Datasets.AsNoTracking().Include(d => d.Fields).ToListAsync();
    }

    [Fact]
    public async Task TheCkanApi_ListsShowsAndSearches_ExactlyThePublishedDatasets_AsCkanAnswers()
    {
        var http = Anonymous();
        var datasets = await DatasetsAsync();
        var published = datasets.Where(d => d.State == DatasetState.Published).ToList();
        Assert.NotEmpty(published);

        var list = await http.GetFromJsonAsync<JsonElement>("/open-data/api/3/action/package_list");
        Assert.True(list.GetProperty("success").GetBoolean());
        var names = list.GetProperty("result").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(published.Count, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());

        foreach (var name in names)
        {
            var show = await http.GetFromJsonAsync<JsonElement>($"/open-data/api/3/action/package_show?id={name}");
            var package = show.GetProperty("result");
            Assert.Equal(name, package.GetProperty("name").GetString());
            var dataset = published.Single(d => d.Id == package.GetProperty("id").GetGuid());
            Assert.Equal(dataset.Name, package.GetProperty("title").GetString());
            Assert.Equal("organization", package.GetProperty("organization").GetProperty("type").GetString());
            var resources = package.GetProperty("resources").EnumerateArray().ToList();
            Assert.NotEmpty(resources);
            foreach (var resource in resources)
            {
                Assert.Contains(resource.GetProperty("format").GetString(), new[] { "CSV", "JSON" });
                var download = await http.GetAsync(new Uri(resource.GetProperty("url").GetString()!).PathAndQuery);
                Assert.Equal(HttpStatusCode.OK, download.StatusCode);
                Assert.Equal(resource.GetProperty("size").GetInt64(), (await download.Content.ReadAsByteArrayAsync()).Length);
            }

            var byId = await http.GetFromJsonAsync<JsonElement>($"/open-data/api/3/action/package_show?id={dataset.Id}");
            Assert.Equal(name, byId.GetProperty("result").GetProperty("name").GetString());
        }

        var search = await http.GetFromJsonAsync<JsonElement>("/open-data/api/3/action/package_search?q=khong+khi&rows=5");
        Assert.Equal(1, search.GetProperty("result").GetProperty("count").GetInt32());
        Assert.Equal("Quan trắc chất lượng không khí tự động", search.GetProperty("result").GetProperty("results")[0].GetProperty("title").GetString());

        var organisations = await http.GetFromJsonAsync<JsonElement>("/open-data/api/3/action/organization_list?all_fields=true");
        Assert.Equal(published.Count, organisations.GetProperty("result").EnumerateArray().Sum(o => o.GetProperty("package_count").GetInt32()));

        var missing = await http.GetAsync("/open-data/api/3/action/package_show?id=khong-co");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.False((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task TheDcatCatalogue_IsJsonLd_WithEveryPublishedDatasetAndItsDistributions()
    {
        var response = await Anonymous().GetAsync("/open-data/catalog.jsonld");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var catalogue = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("http://www.w3.org/ns/dcat#", catalogue.GetProperty("@context").GetProperty("dcat").GetString());
        Assert.Equal("dcat:Catalog", catalogue.GetProperty("@type").GetString());
        var published = (await DatasetsAsync()).Where(d => d.State == DatasetState.Published).ToList();
        var datasets = catalogue.GetProperty("dcat:dataset").EnumerateArray().ToList();
        Assert.Equal(published.Select(d => d.Id.ToString()).Order(), datasets.Select(d => d.GetProperty("dct:identifier").GetString()!).Order());
        Assert.All(datasets, d =>
        {
            Assert.Equal("dcat:Dataset", d.GetProperty("@type").GetString());
            Assert.NotEmpty(d.GetProperty("dcat:distribution").EnumerateArray());
            Assert.StartsWith("http://publications.europa.eu/resource/authority/frequency/", d.GetProperty("dct:accrualPeriodicity").GetProperty("@id").GetString());
        });
    }

    [Fact]
    public async Task ThePublicPages_NeedNoSignIn_AreCacheable_SetNoCookie_AndNeverShowWhatIsNotOpen()
    {
        var http = Anonymous();
        var datasets = await DatasetsAsync();
        var page = await http.GetAsync("/open-data");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("public", page.Headers.CacheControl!.ToString());
        Assert.False(page.Headers.Contains("Set-Cookie"));
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.DoesNotContain("blazor.web.js\" autostart", html);

        var catalogue = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync("/open-data/catalogue"));
        foreach (var d in datasets)
        {
            var open = d.State == DatasetState.Published;
            Assert.True(open == html.Contains(d.Name), $"{d.Name} ({d.State}) on /open-data: {!open}");
            Assert.Equal(d.State is DatasetState.Certified or DatasetState.Published && !d.IsStateSecret, catalogue.Contains(d.Name));
            var detail = await http.GetAsync($"/open-data/{d.Id}");
            Assert.Equal(open ? HttpStatusCode.OK : HttpStatusCode.NotFound, detail.StatusCode);
        }

        Assert.Contains(datasets, d => d.IsStateSecret);
        Assert.Contains(datasets, d => d.HasPersonalData);
        var search = System.Net.WebUtility.HtmlDecode(await http.GetStringAsync("/open-data?q=wi-fi+cong+cong"));
        Assert.Contains("Điểm phát Wi-Fi công cộng miễn phí", search);
        Assert.DoesNotContain("Quan trắc chất lượng", search);
        var pdf = await http.GetAsync("/open-data/catalogue.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);

        // The catalogue inside the workspace is not public.
        var inside = await http.GetAsync("/datasets");
        Assert.Equal(HttpStatusCode.Redirect, inside.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/datasets")).StatusCode);
    }

    [Fact]
    public async Task AnOutsideRequester_SeesOnlyCertifiedData_AndNoCouncil()
    {
        var requester = await factory.ClientAsync("vnpt.khaithac");
        var list = await requester.Http.GetFromJsonAsync<JsonElement>("/api/datasets?tab=All");
        var states = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("state").GetString()).Distinct().ToList();
        Assert.All(states, s => Assert.Contains(s, new[] { "Certified", "Published" }));
        Assert.NotEmpty(states);
        var council = (await (await factory.ClientAsync("khcn.lanhdao")).Http.GetStringAsync("/councils"));
        Assert.Contains("council-row", council);
        Assert.Equal(HttpStatusCode.Redirect, (await requester.Http.GetAsync("/councils")).StatusCode);
    }

    [Fact]
    public async Task ThePublicPages_InEnglish_SayEverythingOfTheirOwnInEnglish()
    {
        Dataset published;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync())
        {
            published = await db.Datasets.AsNoTracking().FirstAsync(d => d.State == DatasetState.Published);
        }

        var http = Anonymous();
        var catalogue = await http.GetStringAsync("/open-data/catalogue?culture=en");
        Assert.Contains("valid until", catalogue, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Hiệu lực đến", catalogue);
        var page = await http.GetStringAsync($"/open-data/{published.Id}?culture=en");
        Assert.Contains(">Free<", page);
        foreach (var vietnamese in new[] { "Miễn phí", "Cán bộ quản lý dữ liệu của đơn vị", "Cơ quan chủ trì", "Tải danh mục" })
        {
            Assert.DoesNotContain(vietnamese, page + catalogue);
        }
    }

    [Fact]
    public async Task TheMinutesAndTheCertificate_PrintEveryMembersVerdictsAndVotes_AndTheNumber_InVietnamese()
    {
        Guid council;
        Dataset certified;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync())
        {
            // Sở Y tế's certified dataset, by its owner: an unordered first row is another unit's on PostgreSQL.
            var health = await db.Units.Where(u => u.Code == "SYT").Select(u => u.Id).SingleAsync();
            certified = await db.Datasets.AsNoTracking().SingleAsync(d => d.State == DatasetState.Published && d.OwnerUnitId == health);
            council = await db.Councils.Where(c => c.DatasetId == certified.Id).Select(c => c.Id).SingleAsync();
        }

        var chair = await factory.ClientAsync("khcn.lanhdao");
        var minutes = await chair.Http.GetByteArrayAsync($"/councils/{council}/bien-ban.pdf");
        var minutesText = PdfText(minutes);
        foreach (var expected in new[] { "BIÊN BẢN HỌP HỘI ĐỒNG XÉT DUYỆT", "Nguyễn Đức Thắng", "Đặng Ngọc Bảo", "Chủ tịch hội đồng", "Đồng ý", "ĐẠT CHUẨN", certified.Name.Split(',')[0] })
        {
            Assert.Contains(expected, minutesText);
        }

        var owner = await factory.ClientAsync("yt.dulieu");
        var certificate = await owner.Http.GetByteArrayAsync($"/datasets/{certified.Id}/giay-chung-nhan.pdf");
        var certificateText = PdfText(certificate);
        Assert.Contains("GIẤY CHỨNG NHẬN", certificateText);
        Assert.Contains(certified.CertificateNumber!, certificateText);
        Assert.Contains("Sở Y tế", certificateText);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsync("tc.chuyenvien")).Http.GetAsync($"/councils/{council}/bien-ban.pdf")).StatusCode);
        if (Environment.GetEnvironmentVariable("HW_SCREENSHOTS") is { } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "council-minutes.pdf"), minutes);
            await File.WriteAllBytesAsync(Path.Combine(folder, "dataset-certificate.pdf"), certificate);
        }
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
