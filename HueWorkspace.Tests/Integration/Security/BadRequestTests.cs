using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Integration.Tasks;
using HueWorkspace.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Security;

/// <summary>Malformed and hostile requests get a 400 in Vietnamese, store nothing harmful, and break no page for others.</summary>
public sealed class BadRequestTests(BadRequestTests.Factory factory) : IClassFixture<BadRequestTests.Factory>
{
    public sealed class Factory : SignedInFactory;

    private IDbContextFactory<WorkspaceDbContext> Db => factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    private async Task<HttpResponseMessage> PostRawAsync(string path, string json)
    {
        var leader = await factory.ClientAsync("chutich");
        return await leader.Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
    }

    private async Task<string> LeadJsonAsync(string dueDate = "") =>
        $"{{\"unitId\":\"{await DemoActors.UnitIdAsync(Db, "SKHCN")}\",\"dueDate\":\"{(dueDate.Length > 0 ? dueDate : TaskApi.Today.AddDays(10).ToString("yyyy-MM-dd"))}\"}}";

    /// <summary>A 4xx problem whose detail is Vietnamese and tells nothing of the server's inside.</summary>
    public static async Task<string> AssertVietnameseProblemAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
        Assert.Matches("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", detail);
        // The title too (issue 24: "Bad Request", "Forbidden", "Not Found", "Conflict" came back in English).
        Assert.Matches("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()!);
        foreach (var inside in new[] { "   at ", ".cs:", "Exception", "System.", "HueWorkspace." })
        {
            Assert.DoesNotContain(inside, body);
        }

        return detail;
    }

    private async Task AssertListsStillAnswerAsync()
    {
        foreach (var user in new[] { "chutich", "khcn.lanhdao" })
        {
            var client = await factory.ClientAsync(user);
            foreach (var path in new[] { "/api/tasks?tab=All", "/tasks?tab=All", "/tasks/export.xlsx?tab=All", "/" })
            {
                var response = await client.Http.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} for {user}: {(int)response.StatusCode}");
            }
        }
    }

    /// <summary>Every kind of refusal answers with a Vietnamese title as well as a Vietnamese detail (issue 24).</summary>
    [Fact]
    public async Task EveryRefusal_HasAVietnameseTitle()
    {
        var leader = await factory.ClientAsync("chutich");
        var id = await leader.CreateAsync(await DemoActors.UnitIdAsync(Db, "SKHCN"), "Tiêu đề lỗi bằng tiếng Việt");
        var titles = new Dictionary<HttpStatusCode, string>();
        foreach (var (response, status) in new[]
        {
            (await leader.Http.GetAsync("/api/tasks?tab=Everything"), HttpStatusCode.BadRequest),
            (await leader.Http.GetAsync($"/api/tasks/{Guid.NewGuid()}"), HttpStatusCode.NotFound),
            (await leader.ActAsync(id, "Cancel", Guid.NewGuid(), new { text = "Thử" }), HttpStatusCode.Conflict),
            (await leader.Http.PostAsync($"/api/tasks/{id}/actions/Cancel", new StringContent("{}", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType),
            (await (await factory.ClientAsync("khcn.lanhdao")).ActAsync(id, "Cancel", (await leader.GetTaskAsync(id)).Version, new { text = "Thử" }), HttpStatusCode.Forbidden),
        })
        {
            Assert.True(response.Content.Headers.ContentType is not null, $"{status}: {(int)response.StatusCode} with no body");
            await AssertVietnameseProblemAsync(response, status);
            titles[status] = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString()!;
        }

        Assert.Equal(["Yêu cầu không hợp lệ", "Không tìm thấy", "Dữ liệu đã thay đổi", "Định dạng không được hỗ trợ", "Không có quyền"], titles.Values);
    }

    /// <summary>A refusal the framework answers without a body (no sign-in, a method the route does not take) says why, on the API only.</summary>
    [Fact]
    public async Task ABodilessRefusal_OfTheApi_SaysWhyInVietnamese()
    {
        using var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var unsigned = await anonymous.GetAsync("/api/tasks");
        Assert.Contains("đăng nhập", await AssertVietnameseProblemAsync(unsigned, HttpStatusCode.Unauthorized));
        var leader = await factory.ClientAsync("chutich");
        var method = await leader.Http.DeleteAsync("/api/notifications/unread-count");
        Assert.Contains("phương thức", await AssertVietnameseProblemAsync(method, HttpStatusCode.MethodNotAllowed));
    }

    /// <summary>
    /// A list's address with values the list does not know: the API refuses it, naming each key in Vietnamese; the page
    /// and the export (what a browser opens) ignore them and answer.
    /// </summary>
    [Theory]
    [InlineData("/api/tasks", "/tasks/export.xlsx")]
    [InlineData("/api/documents", "/documents/export.xlsx")]
    [InlineData("/api/outgoing", "/outgoing/export.xlsx")]
    [InlineData("/api/data-requests", "/data-requests")]
    [InlineData("/api/datasets", "/datasets")]
    public async Task AListAddressWithUnknownValues_IsRefusedByTheApi_AndIgnoredByWhatABrowserOpens(string api, string page)
    {
        var leader = await factory.ClientAsync("chutich");
        const string address = "?tab=Everything&state=Nope&unit=not-a-unit&on=Yesterday&from=2026-02-30&page=0&size=1000";
        var detail = await AssertVietnameseProblemAsync(await leader.Http.GetAsync(api + address));
        foreach (var key in new[] { "«tab=Everything»", "«state=Nope»", "«unit=not-a-unit»", "«from=2026-02-30»", "«page=0»", "«size=1000»" })
        {
            Assert.Contains(key, detail);
        }

        Assert.Equal(api is "/api/tasks" or "/api/data-requests" or "/api/datasets", detail.Contains("«on=Yesterday»", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await leader.Http.GetAsync(page + address)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.Http.GetAsync(page + address.Replace("size=1000", "size=0", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.Http.GetAsync(api + "?tab=All&unit=" + Guid.Empty)).StatusCode);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9999-12-30")]
    [InlineData("2100-01-01")]
    public async Task ADeadlineCenturiesAhead_IsRefused_AndTheListsStillAnswer(string due)
    {
        var response = await PostRawAsync("/api/tasks", $"{{\"title\":\"Hạn {due}\",\"lead\":{await LeadJsonAsync(due)}}}");
        Assert.Contains("10 năm", await AssertVietnameseProblemAsync(response));
        await AssertListsStillAnswerAsync();
    }

    [Theory]
    [InlineData("\"priority\":99")]
    [InlineData("\"priority\":\"99\"")]
    [InlineData("\"priority\":\"Bogus\"")]
    [InlineData("\"source\":7")]
    [InlineData("\"source\":-1")]
    public async Task AnUndefinedEnumValue_IsA400AtTheBoundary(string field)
    {
        var response = await PostRawAsync("/api/tasks", $"{{\"title\":\"Giá trị lạ\",{field},\"lead\":{await LeadJsonAsync()}}}");
        await AssertVietnameseProblemAsync(response);
        await AssertListsStillAnswerAsync();
    }

    [Theory]
    [InlineData("{\"title\":\"x\"}")]
    [InlineData("{\"title\":\"x\",\"lead\":null}")]
    [InlineData("{\"title\":\"x\",\"lead\":{\"unitId\":\"00000000-0000-0000-0000-000000000000\"}}")]
    [InlineData("{\"title\":\"x\",\"lead\":LEAD,\"coordinators\":[null]}")]
    [InlineData("{\"title\":\"x\",\"lead\":LEAD,\"coordinators\":null,\"priority\":null}")]
    [InlineData("{\"title\":")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{\"title\":\"x\",\"lead\":{\"unitId\":\"không-phải-guid\",\"dueDate\":\"2026-02-30\"}}")]
    public async Task AMalformedBody_IsA400WithAVietnameseProblem_NeverA500(string body)
    {
        var response = await PostRawAsync("/api/tasks", body.Replace("LEAD", await LeadJsonAsync(), StringComparison.Ordinal));
        await AssertVietnameseProblemAsync(response);
    }

    [Fact]
    public async Task ADeeplyNestedBody_IsA400()
    {
        var response = await PostRawAsync("/api/announcements", new string('[', 5000) + new string(']', 5000));
        await AssertVietnameseProblemAsync(response);
    }

    [Fact]
    public async Task ABadVersionOrPercentInAnAction_IsA400()
    {
        var leader = await factory.ClientAsync("chutich");
        var id = await leader.CreateAsync(await DemoActors.UnitIdAsync(Db, "SKHCN"), "Việc để thử thao tác");
        await AssertVietnameseProblemAsync(await PostRawAsync($"/api/tasks/{id}/actions/Comment", "{\"version\":\"abc\",\"text\":\"x\"}"));
        await AssertVietnameseProblemAsync(await PostRawAsync($"/api/tasks/{id}/actions/Comment", "{\"text\":\"thiếu version\"}"));
        await AssertVietnameseProblemAsync(await PostRawAsync($"/api/tasks/{id}/actions/Report", "{\"version\":\"" + Guid.NewGuid() + "\",\"percent\":1e400}"));
        await AssertVietnameseProblemAsync(await PostRawAsync($"/api/tasks/{id}/actions/99", "{\"version\":\"" + Guid.NewGuid() + "\"}"));
    }

    [Theory]
    [InlineData("/%09/evil.example/login")]
    [InlineData("/%0A/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task ALanguageSwitch_NeverRedirectsElsewhere(string returnUrl)
    {
        using var client = SignInClient.Create(factory);
        var response = await client.Http.GetAsync($"/culture/en?returnUrl={returnUrl}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AReturnAddressWithVietnamese_IsKept_PercentEncoded()
    {
        using var client = SignInClient.Create(factory);
        var response = await client.Http.GetAsync("/culture/vi-VN?returnUrl=" + Uri.EscapeDataString("/tasks?q=quyết định"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tasks?q=quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh", response.Headers.Location!.OriginalString.Replace(" ", "%20", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/%09/evil.example/login", "/")] // Chromium followed "Location: /\t/evil.example/login" to http://evil.example/login
    [InlineData("/%0A/x", "/")]                  // a line break in a header value was a 500
    [InlineData("/tasks%3Fq%3Dquy%E1%BA%BFt", "/tasks?q=quy%E1%BA%BFt")] // so was a Vietnamese return address
    public async Task SigningInWithAnOddReturnAddress_EndsOnThisSite(string returnUrl, string expected)
    {
        using var client = SignInClient.Create(factory);
        var page = await client.StartAsync("/account/signin?returnUrl=" + returnUrl);
        var response = await client.SubmitAsync(page, "chutich", "Hue@2026");
        var landing = await client.FinishAuthorizationAsync(response.Headers.Location!);
        Assert.Equal(expected, landing.OriginalString);
    }

    [Fact]
    public async Task APagePastTheEnd_IsEmpty_InEveryApiList()
    {
        var leader = await factory.ClientAsync("chutich");
        await leader.CreateAsync(await DemoActors.UnitIdAsync(Db, "SKHCN"), "Có ít nhất một việc");
        var tasks = await leader.Http.GetFromJsonAsync<JsonElement>("/api/tasks?tab=All&page=2147483647");
        Assert.Equal(0, tasks.GetProperty("items").GetArrayLength());
        Assert.True(tasks.GetProperty("total").GetInt32() > 0);

        var notifications = await (await factory.ClientAsync("khcn.lanhdao")).Http.GetFromJsonAsync<JsonElement>("/api/notifications?page=2147483647");
        Assert.Equal(0, notifications.GetProperty("items").GetArrayLength());
        Assert.True(notifications.GetProperty("total").GetInt32() > 0);
        var announcements = await leader.Http.GetFromJsonAsync<JsonElement>("/api/announcements?page=2147483647");
        Assert.Equal(0, announcements.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Responses_CarryAContentSecurityPolicy_AndNoServerBanner()
    {
        var leader = await factory.ClientAsync("chutich");
        var page = await leader.Http.GetAsync("/tasks");
        Assert.False(page.Headers.Contains("Server"));
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("img-src 'self' data:", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.False((await leader.Http.GetAsync("/healthz")).Headers.Contains("Server"));
    }

    [Fact]
    public void MarkdownImagesFromElsewhere_BecomeLinks_OwnImagesStay()
    {
        var html = MarkdownView.Render("![pixel](https://evil.example/track.png) ![](//evil.example/x.png) ![sơ đồ](/tasks/1/files/2)");
        Assert.DoesNotContain("<img src=\"https://evil.example", html);
        Assert.DoesNotContain("<img src=\"//evil.example", html);
        Assert.Contains("href=\"https://evil.example/track.png\"", html);
        Assert.Contains("<img src=\"/tasks/1/files/2\" alt=\"sơ đồ\"", html);
    }
}
