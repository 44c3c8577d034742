using System.Net.Http.Json;
using System.Collections.Concurrent;
using System.Net;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Authorization;

/// <summary>
/// Every page and API built so far × one person per role (and a person with no assignment) × own or other
/// unit, through the real sign-in and the real authorization middleware.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Factory factory) : IClassFixture<AuthorizationMatrixTests.Factory>
{
    public sealed class Factory : SignedInFactory;

    // One person per role; the unit leader, specialist and clerk share Sở Tài chính.
    public const string Specialist = "tc.chuyenvien";
    public const string Clerk = "tc.vanthu";
    public const string UnitLeader = "tc.lanhdao";
    public const string CityLeader = "chutich";
    public const string DataOfficer = "yt.dulieu";
    public const string Administrator = "admin";
    public const string DataRequester = "vnpt.khaithac";
    public const string Unassigned = "moi.nhanvien";

    public static readonly string[] Everyone = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator, DataRequester, Unassigned];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["/"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator, DataRequester],
        ["/notifications"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator, DataRequester],
        // Everyone has an inbox: an outside organisation answers the questions asked about its requests there.
        ["/inbox"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator, DataRequester],
        // Internal announcements are for staff: outside data requesters neither receive nor open them.
        ["/announcements"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/announcements/new"] = [UnitLeader, CityLeader, Administrator],
        ["/data-requests"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator, DataRequester],
        ["/data-requests/new"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator, DataRequester],
        ["/data-requests/log"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator, DataRequester],
        ["/datasets"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator, DataRequester],
        ["/datasets/new"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/datasets/code-lists"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/tasks"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/tasks/new"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/documents"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/documents/import"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/outgoing"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/outgoing/new"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/outgoing/authorisations"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/councils"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/dashboard"] = [Specialist, Clerk, UnitLeader, CityLeader, DataOfficer, Administrator],
        ["/admin/units"] = [Administrator],
        ["/admin/people"] = [Administrator],
        ["/admin/holidays"] = [Administrator],
        ["/admin/audit"] = [Administrator],
    };

    public static TheoryData<string, string> PageCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Allowed.Keys)
        {
            foreach (var user in Everyone)
            {
                data.Add(page, user);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageCases))]
    public async Task Page_OpensOnlyForTheRolesItServes(string page, string user)
    {
        var client = await factory.ClientAsync(user);
        var response = await client.Http.GetAsync(page);
        if (Allowed[page].Contains(user))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("data-testid=\"user-name\"", await response.Content.ReadAsStringAsync());
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/access-denied", response.Headers.Location!.AbsolutePath);
        }
    }

    [Theory]
    [InlineData(Specialist, "Bạn không có quyền truy cập trang này")]
    [InlineData(Unassigned, "Tài khoản đang chờ phân công")]
    public async Task TheRefusalPage_SaysWhy(string user, string text)
    {
        var client = await factory.ClientAsync(user);
        Assert.Contains(text, await client.Http.GetStringAsync("/access-denied"));
    }

    public static TheoryData<string, string, HttpStatusCode, string?> SendCases() => new()
    {
        { UnitLeader, "STC", HttpStatusCode.Created, null },          // own unit
        { UnitLeader, "SXD", HttpStatusCode.Forbidden, "đơn vị mình" }, // other unit
        { CityLeader, "SXD", HttpStatusCode.Created, null },
        { Administrator, "P-PHUXUAN", HttpStatusCode.Created, null },
        { Specialist, "STC", HttpStatusCode.Forbidden, "Chỉ lãnh đạo" },
        { Clerk, "STC", HttpStatusCode.Forbidden, "Chỉ lãnh đạo" },
        { DataOfficer, "SYT", HttpStatusCode.Forbidden, "Chỉ lãnh đạo" },
        { DataRequester, "VNPT-HUE", HttpStatusCode.Forbidden, null }, // kept out of announcements altogether
        { Unassigned, "STC", HttpStatusCode.Forbidden, null },
    };

    [Theory]
    [MemberData(nameof(SendCases))]
    public async Task SendAnnouncementApi_FollowsRoleAndUnit(string user, string unitCode, HttpStatusCode expected, string? message)
    {
        var client = await factory.ClientAsync(user);
        var response = await client.SendAsync(await UnitIdAsync(unitCode), $"Thông báo của {user}", "Nội dung kiểm thử phân quyền.");
        Assert.Equal(expected, response.StatusCode);
        if (message is not null)
        {
            Assert.Contains(message, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task AnnouncementById_OpensForItsRecipients_AndIsNotFoundForAnotherUnit()
    {
        var leader = await factory.ClientAsync(CityLeader);
        var created = await leader.SendAsync(await UnitIdAsync("STC"), "Chỉ cho Sở Tài chính", "Nội dung riêng.");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var path = created.Headers.Location!.ToString();
        var id = path[(path.LastIndexOf('/') + 1)..];

        var member = await factory.ClientAsync(Specialist);
        Assert.Equal(HttpStatusCode.OK, (await member.Http.GetAsync(path)).StatusCode);
        Assert.Contains("Chỉ cho Sở Tài chính", await member.Http.GetStringAsync($"/announcements/{id}"));

        var other = await factory.ClientAsync(DataOfficer);
        var api = await other.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Contains("Không tìm thấy thông báo", await api.Content.ReadAsStringAsync());
        var page = await other.Http.GetStringAsync($"/announcements/{id}");
        Assert.DoesNotContain("Nội dung riêng.", page);
        Assert.Contains("Không tìm thấy thông báo", page);

        // An outside data requester is not staff: refused before any announcement is looked up.
        var requester = await factory.ClientAsync(DataRequester);
        Assert.Equal(HttpStatusCode.Forbidden, (await requester.Http.GetAsync(path)).StatusCode);
        var refused = await requester.Http.GetAsync($"/announcements/{id}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/access-denied", refused.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task MarkingAnotherUnitsNotificationReadById_IsNotFound()
    {
        var leader = await factory.ClientAsync(CityLeader);
        Assert.Equal(HttpStatusCode.Created, (await leader.SendAsync(await UnitIdAsync("SYT"), "Cho Sở Y tế")).StatusCode);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        var dataOfficer = await DemoActors.UserIdAsync(factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), DataOfficer);
        var theirs = await db.Notifications.Where(n => n.RecipientId == dataOfficer && n.ReadAtUtc == null).Select(n => n.Id).FirstAsync();

        var intruder = await factory.ClientAsync(Clerk);
        Assert.Equal(HttpStatusCode.NotFound, (await intruder.Http.PostAsync($"/api/notifications/{theirs}/read", JsonContent.Create(new { }))).StatusCode);
        await using var check = await factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>().CreateDbContextAsync();
        Assert.Null((await check.Notifications.SingleAsync(n => n.Id == theirs)).ReadAtUtc);
    }

    private Guid _request;

    /// <summary>VNPT Huế's request to Sở Y tế for data not yet catalogued, sent (made once for the theory below).</summary>
    private async Task<Guid> RequestAsync()
    {
        if (_request == Guid.Empty)
        {
            var requester = await factory.ClientAsync(DataRequester);
            var created = await requester.Http.PostAsJsonAsync("/api/data-requests", new HueWorkspace.Domain.DataRequests.RequestForm("Đinh Công Tráng", null, null,
                "Danh sách trạm y tế", await UnitIdAsync("SYT"), "Tên, địa chỉ", "Bản đồ phủ sóng", "QĐ 41/2024", HueWorkspace.Domain.DataRequests.RequestMethod.File,
                HueWorkspace.Domain.DataRequests.RequestFrequency.Once, Tasks.TaskApi.Today, Tasks.TaskApi.Today.AddMonths(1), false, true));
            var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
            var detail = await requester.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/data-requests/{id}");
            var sent = await requester.Http.PostAsJsonAsync($"/api/data-requests/{id}/actions/Submit", new { version = detail.GetProperty("version").GetGuid() });
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            _request = id;
        }

        return _request;
    }

    public static TheoryData<string, HttpStatusCode, HttpStatusCode> RequestCases() => new()
    {
        { DataRequester, HttpStatusCode.OK, HttpStatusCode.Forbidden },    // the requester: sees it; comments are the reviewers'
        { "dhkh.khaithac", HttpStatusCode.NotFound, HttpStatusCode.NotFound }, // another outside organisation
        { DataOfficer, HttpStatusCode.OK, HttpStatusCode.OK },             // the owner's steward
        { "khcn.chuyenvien", HttpStatusCode.OK, HttpStatusCode.OK },       // the platform authority (Art. 27.1d)
        { Administrator, HttpStatusCode.OK, HttpStatusCode.OK },           // works in the platform authority
        { Specialist, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { Clerk, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { UnitLeader, HttpStatusCode.NotFound, HttpStatusCode.NotFound },
        { CityLeader, HttpStatusCode.OK, HttpStatusCode.Forbidden },      // reads every unit's requests, as the dashboard counts them (Art. 18.2)
        { Unassigned, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden },
    };

    /// <summary>
    /// A data request by id, through the API: read, and an action from the version the person read — allowed, it shows its
    /// effect (the trail line written by that person); refused, nothing changes.
    /// </summary>
    [Theory]
    [MemberData(nameof(RequestCases))]
    public async Task ADataRequestById_OpensForTheRequesterTheOwnersStewardsAndThePlatformAuthority_Only(string user, HttpStatusCode read, HttpStatusCode act)
    {
        var id = await RequestAsync();
        var client = await factory.ClientAsync(user);
        Assert.Equal(read, (await client.Http.GetAsync($"/api/data-requests/{id}")).StatusCode);
        var owner = await factory.ClientAsync(DataOfficer);
        async Task<System.Text.Json.JsonElement> DetailAsync() => await owner.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/data-requests/{id}");
        var before = await DetailAsync();
        var text = $"Ý kiến của {user} {Guid.NewGuid():N}";
        var comment = await client.Http.PostAsJsonAsync($"/api/data-requests/{id}/actions/Comment", new { version = before.GetProperty("version").GetGuid(), text });
        Assert.Equal(act, comment.StatusCode);
        var after = await DetailAsync();
        var written = after.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("text").GetString() == text).ToList();
        if (act == HttpStatusCode.OK)
        {
            var me = await DemoActors.ForAsync(factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), user);
            Assert.Equal(me.Name, Assert.Single(written).GetProperty("actorName").GetString());
            Assert.NotEqual(before.GetProperty("version").GetGuid(), after.GetProperty("version").GetGuid());
        }
        else
        {
            Assert.Empty(written);
            Assert.Equal(before.GetProperty("version").GetGuid(), after.GetProperty("version").GetGuid());
        }
    }

    private Task<Guid> UnitIdAsync(string code) =>
        DemoActors.UnitIdAsync(factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>(), code);
}
