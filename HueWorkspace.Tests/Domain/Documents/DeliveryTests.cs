using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Documents;

/// <summary>
/// Liên thông: an issued document arrives at once in every receiving register as an incoming document, its receipt
/// acknowledged; the sender follows each recipient's handling; a recall freezes it here and withdraws it there.
/// </summary>
public sealed class DeliveryTests : OutgoingTest
{
    [Fact]
    public async Task OnIssue_EachRecipientInTheSystem_HasItInItsClerksQueue_NumberedInItsRegister_WithTheFiles()
    {
        // The office already has a document of the year: the copy takes the next arrival number, not 1.
        await RegisterAsync();
        await ActAsAsync("khcn.chuyenvien");
        var command = await DraftCommandAsync() with { Attachments = [await StageAsync("phu-luc.xlsx", XlsxBytes())] };
        var id = await IssuedAsync(command);

        var copy = await CopyAtAsync(id, "VPUBND");
        Assert.Equal((IncomingState.Registered, 2, "01/SKHCN", Today, "Sở Khoa học và Công nghệ"), (copy.State, copy.ArrivalNumber, copy.NumberSymbol, copy.IssueDate, copy.IssuerName));
        Assert.Equal((IncomingDocument.SystemRegistrar, "Đặng Ngọc Bảo", DocumentUrgency.Khan), (copy.RegisteredByName, copy.Signer, copy.Urgency));
        Assert.Equal(1, (await CopyAtAsync(id, "STC")).ArrivalNumber);

        await ActAsAsync("vp.vanthu");
        var queue = await DocumentQueries.ListAsync(new IncomingListQuery(IncomingTab.Queue));
        Assert.Contains(queue.Items, r => r.Id == copy.Id);
        var detail = await DocumentQueries.GetAsync(copy.Id, recordView: false);
        // The receiving office reads its copy; the outgoing record itself stays the sender's.
        await Assert.ThrowsAsync<NotFoundException>(() => OutgoingQueries.GetAsync(id, recordView: false));
        await ActAsAsync("khcn.chuyenvien");
        var sent = await OutgoingQueries.GetAsync(id, recordView: false);
        Assert.Equal(sent.MainFile()!.Sha256, detail.MainFile!.Sha256);
        Assert.Equal(["phu-luc.xlsx"], detail.Files.Where(f => f.PartId == null).Select(f => f.FileName));
        var clerk = await DemoActors.UserIdAsync(Db, "vp.vanthu");
        Assert.Contains(Publisher.Published, n => n.RecipientId == clerk && n.Kind == NotificationKinds.DocumentArrived && n.Link == $"/documents/{copy.Id}");
        Assert.Contains(Publisher.Changes, c => c.Change.Id == copy.Id && c.Audience.Contains(clerk));

        var recipients = sent.Recipients.ToDictionary(r => r.Name);
        Assert.Equal(RecipientStatus.Received, recipients["Văn phòng UBND thành phố"].Status);
        Assert.Equal(RecipientStatus.Received, recipients["Sở Tài chính"].Status);
        Assert.Equal(RecipientStatus.Recorded, recipients["Bộ Khoa học và Công nghệ"].Status);
        Assert.NotNull(recipients["Sở Tài chính"].ReceivedAtUtc);
    }

    private static byte[] XlsxBytes()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write("<Types/>");
        }

        return stream.ToArray();
    }

    [Fact]
    public async Task TheSender_FollowsEachRecipient_Received_Handling_Done_AndIsToldLiveWhenItMoves()
    {
        var id = await IssuedAsync();
        var copy = await CopyAtAsync(id, "VPUBND");
        var drafter = await DemoActors.UserIdAsync(Db, "khcn.chuyenvien");

        Publisher.Changes.Clear();
        await ActAsAsync("vp.vanthu");
        await Documents.PresentAsync(copy.Id, copy.Version, await DemoActors.UserIdAsync(Db, "chutich"));
        Assert.Contains(Publisher.Changes, c => c.Change.Id == id && c.Audience.Contains(drafter));
        Assert.Equal(RecipientStatus.Handling, await StatusAsync(id, "Văn phòng UBND thành phố"));

        await ActAsAsync("chutich");
        var task = await Documents.DirectAsync(copy.Id, await DocumentVersionAsync(copy.Id), new DirectIncoming("Giao Sở KH&CN theo dõi.",
            new TaskUnitDue(await DemoActors.UnitIdAsync(Db, "SKHCN"), "", Today.AddDays(5)), []));
        Assert.Equal(RecipientStatus.Handling, await StatusAsync(id, "Văn phòng UBND thành phố"));

        // The task is completed by the department: the sender sees "done", told by the task's change.
        await AssignHandlerAsync(task!.Value, days: 4);
        await ActAsAsync("khcn.chuyenvien");
        await Service.ReportAsync(task.Value, await VersionAsync(task.Value), 50, "Đang theo dõi.");
        await Service.SubmitAsync(task.Value, await VersionAsync(task.Value), "Đã hoàn thành.");
        Publisher.Changes.Clear();
        await ActAsAsync("chutich");
        await Service.ApproveAsync(task.Value, await VersionAsync(task.Value), "Đồng ý");
        Assert.Equal(RecipientStatus.Done, await StatusAsync(id, "Văn phòng UBND thành phố"));
        Assert.Contains(Publisher.Changes, c => c.Change.Id == id && c.Audience.Contains(drafter));

        var other = await CopyAtAsync(id, "STC");
        await ActAsAsync("tc.vanthu");
        await Documents.ReturnAsync(other.Id, other.Version, "Gửi nhầm đơn vị.");
        Assert.Equal(RecipientStatus.Returned, await StatusAsync(id, "Sở Tài chính"));
    }

    private async Task<RecipientStatus> StatusAsync(Guid id, string recipient)
    {
        var before = User.Actor;
        await ActAsAsync("khcn.chuyenvien");
        var status = (await OutgoingQueries.GetAsync(id, recordView: false)).Recipients.Single(r => r.Name == recipient).Status;
        User.Actor = before;
        return status;
    }

    [Fact]
    public async Task ARecall_FreezesTheSendersCopy_WithdrawsEveryReceivedCopy_AndIsRecorded()
    {
        var id = await IssuedAsync();
        var copy = await CopyAtAsync(id, "VPUBND");
        await ActAsAsync("vp.vanthu");
        await Documents.PresentAsync(copy.Id, copy.Version, await DemoActors.UserIdAsync(Db, "chutich"));

        await ActAsAsync("khcn.chuyenvien");
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Outgoing.RecallAsync(id, await OutVersionAsync(id), "Sai."));
        await ActAsAsync("khcn.vanthu");
        Assert.Contains("lý do thu hồi", (await Assert.ThrowsAsync<DomainException>(async () => await Outgoing.RecallAsync(id, await OutVersionAsync(id), ""))).Message);
        await Outgoing.RecallAsync(id, await OutVersionAsync(id), "Sai số liệu tại mục 2, sẽ ban hành văn bản thay thế.");

        var sent = await ReloadOutgoingAsync(id);
        Assert.Equal((OutgoingState.Recalled, "Phan Thị Mỹ"), (sent.State, sent.RecalledByName));
        Assert.Contains(sent.Steps, s => s.Operation == OutgoingOperation.Recall && s.Text!.StartsWith("Sai số liệu", StringComparison.Ordinal));
        Assert.Equal([OutgoingOperation.View], OutgoingAccess.Rule.Allowed(OutgoingRelation.Clerk | OutgoingRelation.Drafter | OutgoingRelation.IssuerLeader, sent));

        var received = await CopyAtAsync(id, "VPUBND");
        Assert.Equal((IncomingState.Recalled, "Sai số liệu tại mục 2, sẽ ban hành văn bản thay thế."), (received.State, received.RecallReason));
        Assert.Equal(IncomingState.Recalled, (await CopyAtAsync(id, "STC")).State);
        await ActAsAsync("chutich");
        var detail = await DocumentQueries.GetAsync(received.Id, recordView: false);
        Assert.Equal([IncomingOperation.View], detail.Allowed);
        await Assert.ThrowsAsync<ForbiddenException>(() => DocumentQueries.GetFileAsync(received.Id, detail.MainFile!.Id));
        await Assert.ThrowsAsync<DomainException>(() => Documents.DirectAsync(received.Id, received.Version, new DirectIncoming("Để biết.", null, null)));

        var told = await DemoActors.UserIdAsync(Db, "chutich");
        Assert.Contains(Publisher.Published, n => n.RecipientId == told && n.Kind == NotificationKinds.OutgoingRecalled);
        Assert.Equal(RecipientStatus.Withdrawn, await StatusAsync(id, "Sở Tài chính"));
    }

    [Fact]
    public async Task ASecretDocument_ArrivesSecret_ReadOnlyByTheReceivingClerks()
    {
        await ActAsAsync("khcn.chuyenvien");
        var id = await IssuedAsync(await DraftCommandAsync(secrecy: DocumentConfidentiality.Mat));
        var copy = await CopyAtAsync(id, "VPUBND");
        Assert.Equal(DocumentConfidentiality.Mat, copy.Confidentiality);
        Assert.Equal([await DemoActors.UserIdAsync(Db, "vp.vanthu")], copy.Readers.Select(r => r.UserId));
        await ActAsAsync("vp.chuyenvien");
        await Assert.ThrowsAsync<NotFoundException>(() => DocumentQueries.GetAsync(copy.Id, recordView: false));
        await ActAsAsync("vp.vanthu");
        Assert.Equal(copy.Id, (await DocumentQueries.GetAsync(copy.Id, recordView: false)).Document.Id);
    }

    [Fact]
    public async Task AFailedIssue_LeavesNoCopyAndNoNumberBehind()
    {
        var id = await DraftAsync();
        await AdvanceAsync(id, OutgoingState.Signed);
        await using (var db = Db.CreateDbContext())
        {
            // A receiving register in the state a concurrent clerk would leave: the copy's number is taken twice.
            var unit = await DemoActors.UnitIdAsync(Db, "VPUBND");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"DocumentCounters\" (\"UnitId\", \"Year\", \"Series\", \"Last\") VALUES ({unit}, 2026, 'den', 0)");
        }

        await RegisterAsync();
        await using (var db = Db.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE \"DocumentCounters\" SET \"Last\" = 0 WHERE \"Series\" = 'den'");
        }

        await ActAsAsync("khcn.vanthu");
        await Assert.ThrowsAnyAsync<Exception>(async () => await Outgoing.IssueAsync(id, await OutVersionAsync(id)));
        var d = await ReloadOutgoingAsync(id);
        Assert.Equal((OutgoingState.Signed, (string?)null), (d.State, d.NumberSymbol));
        await using (var db = Db.CreateDbContext())
        {
            Assert.False(await db.IncomingDocuments.AnyAsync(c => c.OriginId == id));
            Assert.False(await db.DocumentCounters.AnyAsync(c => c.Series == "di" && c.Last > 0));
        }
    }
}
