using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Tests.Builders;

namespace HueWorkspace.Tests.Domain.Datasets;

/// <summary>The yearly inspection: a reminder once before the certificate expires, and back to review when it does.</summary>
public sealed class CertificateJobTests : DatasetTest
{
    [Fact]
    public async Task TheOwnerIsRemindedOnce_ThirtyDaysAhead_AndOnExpiryTheDatasetReturnsForReview()
    {
        var id = await RegisteredAsync();
        var council = await OpenCouncilAsync(id);
        foreach (var member in UsualMembers)
        {
            await ReviewAsync(council, member, Vote.Agree);
        }

        await ActAsAsync("khcn.lanhdao");
        await Councils.CloseAsync(council);
        await PublishWithFileAsync(id);
        var job = new CertificateJob(Db, Publisher, FakeClock, Options, new());
        var steward = await DemoActors.UserIdAsync(Db, "yt.dulieu");

        Assert.Equal(0, await job.RunOnceAsync());
        FakeClock.Advance(TimeSpan.FromDays(365 - 30));
        Assert.Equal(1, await job.RunOnceAsync());
        Assert.Equal(0, await job.RunOnceAsync());
        Assert.Single(Publisher.Published, n => n.RecipientId == steward && n.Kind == NotificationKinds.DatasetExpiring);
        Assert.Equal(DatasetState.Published, (await ReloadDatasetAsync(id)).State);

        FakeClock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, await job.RunOnceAsync());
        Assert.Equal(DatasetState.Registered, (await ReloadDatasetAsync(id)).State);
        Assert.Contains(Publisher.Published, n => n.RecipientId == steward && n.Kind == NotificationKinds.DatasetExpired);
        Assert.Equal(0, await job.RunOnceAsync());
    }
}
