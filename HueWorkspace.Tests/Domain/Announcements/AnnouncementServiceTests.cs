using HueWorkspace.Domain.Announcements;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Announcements;

public sealed class AnnouncementServiceTests : DatabaseTest
{
    private AnnouncementService Service => new(Db, User, Publisher, TimeProvider.System);

    private async Task<SendAnnouncement> ToUnitAsync(string code, bool subunits = true) =>
        new("Họp giao ban tuần", "Kính mời các đồng chí dự họp lúc 8 giờ sáng thứ Hai.", await DemoActors.UnitIdAsync(Db, code), subunits, []);

    /// <summary>Sender × target unit: leaders reach their own subtree; city leaders and administrators reach every unit; nobody else sends.</summary>
    [Theory]
    [InlineData("khcn.lanhdao", "SKHCN", true)]   // own unit
    [InlineData("khcn.lanhdao", "IOC", true)]     // unit below
    [InlineData("khcn.lanhdao", "STC", false)]    // another unit
    [InlineData("ioc.lanhdao", "SKHCN", false)]   // the unit above
    [InlineData("phuxuan.lanhdao", "P-PHUXUAN", true)]
    [InlineData("phuxuan.lanhdao", "P-THUANHOA", false)]
    [InlineData("chutich", "STC", true)]
    [InlineData("chutich", "P-THUANHOA", true)]
    [InlineData("admin", "SXD", true)]
    [InlineData("tc.chuyenvien", "STC", false)]   // specialist
    [InlineData("tc.vanthu", "STC", false)]       // clerk
    [InlineData("khcn.dulieu", "SKHCN", false)]   // data officer
    [InlineData("vnpt.khaithac", "VNPT-HUE", false)] // outside requester
    public async Task Send_ToAUnit_FollowsTheSendersReach(string sender, string target, bool allowed)
    {
        await ActAsAsync(sender);
        var command = await ToUnitAsync(target);
        if (allowed)
        {
            var id = await Service.SendAsync(command);
            Assert.NotEqual(Guid.Empty, id);
            return;
        }

        var ex = await Assert.ThrowsAsync<ForbiddenException>(() => Service.SendAsync(command));
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        await using var db = Db.CreateDbContext();
        Assert.False(await db.Announcements.AnyAsync());
        Assert.False(await db.Notifications.AnyAsync());
        Assert.Empty(Publisher.Published);
    }

    [Fact]
    public async Task Send_ToAUnitWithSubunits_NotifiesEveryAssignedMemberButTheSender_InTheSameTransaction()
    {
        var leader = await ActAsAsync("khcn.lanhdao");
        var id = await Service.SendAsync(await ToUnitAsync("SKHCN"));

        await using var db = Db.CreateDbContext();
        var members = await db.UserProfiles.Where(u => u.UserName!.StartsWith("khcn.") || u.UserName.StartsWith("ioc.") || u.UserName == "admin")
            .Select(u => u.Id).ToListAsync();
        var expected = members.Where(m => m != leader.UserId).Order().ToList();
        var notified = await db.Notifications.Where(n => n.Kind == NotificationKinds.Announcement).Select(n => n.RecipientId).ToListAsync();
        Assert.Equal(expected, notified.Order());
        Assert.Equal(expected, Publisher.Published.Select(p => p.RecipientId).Order());
        Assert.All(Publisher.Published, p => Assert.Equal($"/announcements/{id}", p.Link));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(Announcement) && e.EntityId == id.ToString() && e.ActorId == leader.UserId));
    }

    [Fact]
    public async Task InternalAnnouncements_NeverReachOutsideDataRequesters()
    {
        // A city leader may target any unit, the outside organisations included: their people are still not staff.
        await ActAsAsync("chutich");
        var requester = await DemoActors.UserIdAsync(Db, "vnpt.khaithac");
        var toOrganisation = await ToUnitAsync("VNPT-HUE");
        var ex = await Assert.ThrowsAsync<DomainException>(() => Service.SendAsync(toOrganisation));
        Assert.Contains("Không có người nhận", ex.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => Service.SendAsync(new SendAnnouncement("Tiêu đề", "Nội dung", null, false, [requester])));
        Assert.Empty(Publisher.Published);
    }

    [Fact]
    public async Task Send_WithoutSubunits_ReachesOnlyTheUnitItself()
    {
        await ActAsAsync("khcn.lanhdao");
        await Service.SendAsync(await ToUnitAsync("SKHCN", subunits: false));
        var ioc = await DemoActors.UserIdAsync(Db, "ioc.chuyenvien");
        var own = await DemoActors.UserIdAsync(Db, "khcn.chuyenvien");
        Assert.DoesNotContain(Publisher.Published, p => p.RecipientId == ioc);
        Assert.Contains(Publisher.Published, p => p.RecipientId == own);
    }

    [Fact]
    public async Task Send_ToNamedPeople_OutsideTheLeadersSubtree_IsForbidden()
    {
        await ActAsAsync("khcn.lanhdao");
        var own = await DemoActors.UserIdAsync(Db, "ioc.chuyenvien");
        var other = await DemoActors.UserIdAsync(Db, "tc.chuyenvien");
        await Assert.ThrowsAsync<ForbiddenException>(() => Service.SendAsync(new SendAnnouncement("Tiêu đề", "Nội dung", null, false, [own, other])));

        await Service.SendAsync(new SendAnnouncement("Tiêu đề", "Nội dung", null, false, [own]));
        Assert.Equal(own, Assert.Single(Publisher.Published).RecipientId);
    }

    [Theory]
    [InlineData("", "Nội dung", "Vui lòng nhập tiêu đề.")]
    [InlineData("   ", "Nội dung", "Vui lòng nhập tiêu đề.")]
    [InlineData("Tiêu đề", "", "Vui lòng nhập nội dung.")]
    public async Task Send_WithMissingFields_IsRefusedInVietnamese_AndChangesNothing(string title, string body, string message)
    {
        await ActAsAsync("chutich");
        var unit = await DemoActors.UnitIdAsync(Db, "STC");
        var ex = await Assert.ThrowsAsync<DomainException>(() => Service.SendAsync(new SendAnnouncement(title, body, unit, true, [])));
        Assert.Equal(message, ex.Message);
        await using var db = Db.CreateDbContext();
        Assert.False(await db.Announcements.AnyAsync());
    }

    [Fact]
    public async Task Send_WithAnOversizedTitleOrNoTarget_IsRefused()
    {
        await ActAsAsync("chutich");
        var unit = await DemoActors.UnitIdAsync(Db, "STC");
        var tooLong = await Assert.ThrowsAsync<DomainException>(() =>
            Service.SendAsync(new SendAnnouncement(new string('a', Announcement.TitleMaxLength + 1), "Nội dung", unit, true, [])));
        Assert.Contains("không được dài quá 200 ký tự", tooLong.Message);
        var noTarget = await Assert.ThrowsAsync<DomainException>(() => Service.SendAsync(new SendAnnouncement("Tiêu đề", "Nội dung", null, false, [])));
        Assert.Contains("chọn đơn vị nhận", noTarget.Message);
    }

    [Fact]
    public async Task Read_ByARecipient_Works_ByAnotherUnitsUserById_IsNotFound()
    {
        await ActAsAsync("chutich");
        var id = await Service.SendAsync(await ToUnitAsync("STC"));

        await ActAsAsync("tc.chuyenvien");
        var detail = await Service.GetAsync(id);
        Assert.Equal("Họp giao ban tuần", detail.Title);
        Assert.Equal("Sở Tài chính", detail.TargetUnitName);
        var (mine, total) = await Service.ListAsync("hop giao ban", 0, 10);
        Assert.Equal(1, total);
        Assert.False(mine[0].SentByMe);

        await ActAsAsync("xd.chuyenvien");
        await Assert.ThrowsAsync<NotFoundException>(() => Service.GetAsync(id));
        var (others, otherTotal) = await Service.ListAsync(null, 0, 10);
        Assert.Empty(others);
        Assert.Equal(0, otherTotal);
    }

    [Fact]
    public async Task TargetUnits_ForAUnitLeader_AreTheirSubtreeOnly()
    {
        await ActAsAsync("khcn.lanhdao");
        var units = await Service.TargetUnitsAsync();
        Assert.Equal(["SKHCN", "IOC"], units.Select(u => u.Unit.Code));
        var people = await Service.TargetPeopleAsync("nguyen thi anh");
        Assert.Equal("ioc.chuyenvien", Assert.Single(people).UserName);
        Assert.Empty(await Service.TargetPeopleAsync("ngo thi quynh"));
    }

    [Fact]
    public async Task NobodySignedIn_IsRefused()
    {
        User.Actor = null;
        await Assert.ThrowsAsync<ForbiddenException>(() => Service.ListAsync(null, 0, 10));
    }
}
