using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Documents;

/// <summary>Drafting to issue (Nghị định 30 Art. 10–16): every transition, who may take it, and what each keeps.</summary>
public sealed class OutgoingWorkflowTests : OutgoingTest
{
    [Fact]
    public async Task ADraft_GoesThroughReview_FormatCheck_Signature_AndIssue_KeepingEveryStepWithWhoAndWhen()
    {
        var id = await DraftAsync();
        await AdvanceAsync(id, OutgoingState.Issued);

        var d = await ReloadOutgoingAsync(id);
        Assert.Equal(OutgoingState.Issued, d.State);
        Assert.Equal("01/SKHCN", d.NumberSymbol);
        Assert.Equal(Today, d.IssueDate);
        Assert.Equal(SigningCapacity.Direct, d.Capacity);
        Assert.Equal("Phan Thị Mỹ", d.IssuedByName);
        Assert.Equal(
            [(OutgoingOperation.Submit, "Lê Thị Hồng Nhung"), (OutgoingOperation.ApproveContent, "Đặng Ngọc Bảo"), (OutgoingOperation.ApproveFormat, "Phan Thị Mỹ"),
                (OutgoingOperation.Sign, "Đặng Ngọc Bảo"), (OutgoingOperation.Issue, "Phan Thị Mỹ")],
            d.Steps.OrderBy(s => s.AtUtc).ThenBy(s => s.Id).Select(s => (s.Operation, s.ActorName)).ToList());
        Assert.Contains(d.Steps, s => s.Operation == OutgoingOperation.ApproveContent && s.Text == "Đồng ý nội dung.");
    }

    [Fact]
    public async Task EachStep_TellsTheNextPerson_AndIssueTellsTheDrafter()
    {
        var id = await DraftAsync();
        await AdvanceAsync(id, OutgoingState.ContentReview);
        var head = await DemoActors.UserIdAsync(Db, "khcn.lanhdao");
        Assert.Contains(Publisher.Published, n => n.RecipientId == head && n.Kind == NotificationKinds.OutgoingWaiting);
        await AdvanceAsync(id, OutgoingState.Issued);
        var drafter = await DemoActors.UserIdAsync(Db, "khcn.chuyenvien");
        Assert.Contains(Publisher.Published, n => n.RecipientId == drafter && n.Kind == NotificationKinds.OutgoingIssued);
    }

    [Fact]
    public async Task ADraft_IsSeenOnlyByItsDrafter_UntilItIsSubmitted()
    {
        var id = await DraftAsync();
        foreach (var other in new[] { "khcn.lanhdao", "khcn.vanthu", "khcn.dulieu", "chutich", "tc.chuyenvien" })
        {
            await ActAsAsync(other);
            await Assert.ThrowsAsync<NotFoundException>(() => OutgoingQueries.GetAsync(id, recordView: false));
        }

        await AdvanceAsync(id, OutgoingState.ContentReview);
        await ActAsAsync("khcn.lanhdao");
        Assert.Contains(OutgoingOperation.ApproveContent, (await OutgoingQueries.GetAsync(id, recordView: false)).Allowed);
        await ActAsAsync("khcn.vanthu");
        await Assert.ThrowsAsync<NotFoundException>(() => OutgoingQueries.GetAsync(id, recordView: false));
    }

    [Fact]
    public async Task AReturn_NeedsComments_GoesBackToTheDrafter_AndTheRevisedVersionKeepsTheEarlierOneReadable()
    {
        var id = await DraftAsync();
        await AdvanceAsync(id, OutgoingState.FormatCheck);
        await ActAsAsync("khcn.vanthu");
        var version = await OutVersionAsync(id);
        var refused = await Assert.ThrowsAsync<DomainException>(() => Outgoing.ReturnAsync(id, version, "  "));
        Assert.Contains("ý kiến trả lại", refused.Message);
        Assert.Equal(version, await OutVersionAsync(id));

        await Outgoing.ReturnAsync(id, version, "Sai thể thức phần nơi nhận, đề nghị sửa.");
        Assert.Equal(OutgoingState.Draft, (await ReloadOutgoingAsync(id)).State);

        await ActAsAsync("khcn.chuyenvien");
        var revised = await DraftCommandAsync(excerpt: "Về việc triển khai Nền tảng làm việc số tại các sở, ngành (sửa nơi nhận)", to: ["VPUBND"]);
        await Outgoing.ReviseAsync(id, await OutVersionAsync(id), revised with { MainFile = await PdfAsync("du-thao-v2.pdf") }, "Đã sửa nơi nhận.");
        var d = await ReloadOutgoingAsync(id);
        Assert.Equal(2, d.Revision);
        Assert.Equal(["Về việc triển khai Nền tảng làm việc số tại các sở, ngành", revised.Excerpt], d.Revisions.OrderBy(r => r.Number).Select(r => r.Excerpt));
        Assert.Equal(["Bộ Khoa học và Công nghệ", "Văn phòng UBND thành phố"], d.Recipients.Select(r => r.Name).Order());

        var detail = await OutgoingQueries.GetAsync(id, recordView: false);
        Assert.Equal("du-thao.pdf", detail.MainFile(1)!.FileName);
        Assert.Equal("du-thao-v2.pdf", detail.MainFile(2)!.FileName);
        Assert.Equal(detail.MainFile(1)!.Id, (await OutgoingQueries.GetFileAsync(id, detail.MainFile(1)!.Id)).Id);
        Assert.Contains(d.Steps, s => s.Operation == OutgoingOperation.Return && s.Text == "Sai thể thức phần nơi nhận, đề nghị sửa." && s.ActorName == "Phan Thị Mỹ");

        await AdvanceAsync(id, OutgoingState.Issued);
        Assert.Equal(OutgoingState.Issued, (await ReloadOutgoingAsync(id)).State);
    }

    [Fact]
    public async Task ARevisionWithoutANewFile_CarriesTheLastMainFileOver()
    {
        var id = await DraftAsync();
        await Outgoing.ReviseAsync(id, await OutVersionAsync(id), (await DraftCommandAsync()) with { MainFile = null });
        var detail = await OutgoingQueries.GetAsync(id, recordView: false);
        Assert.Equal(detail.MainFile(1)!.Sha256, detail.MainFile(2)!.Sha256);
    }

    [Fact]
    public async Task StepsOutOfTurn_AreRefusedInVietnamese_AndChangeNothing()
    {
        var id = await DraftAsync();
        await AdvanceAsync(id, OutgoingState.FormatCheck);
        var version = await OutVersionAsync(id);

        await ActAsAsync("khcn.vanthu");
        Assert.Contains("Chỉ người ký", (await Assert.ThrowsAsync<ForbiddenException>(() => Outgoing.SignAsync(id, version, SigningCapacity.Direct))).Message);
        Assert.Contains("không thể cấp số, ban hành", (await Assert.ThrowsAsync<DomainException>(() => Outgoing.IssueAsync(id, version))).Message);
        await ActAsAsync("khcn.chuyenvien");
        Assert.Contains("Chỉ văn thư", (await Assert.ThrowsAsync<ForbiddenException>(() => Outgoing.ApproveFormatAsync(id, version))).Message);
        var revision = (await DraftCommandAsync()) with { MainFile = null };
        Assert.Contains("không thể sửa dự thảo", (await Assert.ThrowsAsync<DomainException>(() => Outgoing.ReviseAsync(id, version, revision))).Message);
        await ActAsAsync("khcn.lanhdao");
        Assert.Contains("không thể duyệt nội dung", (await Assert.ThrowsAsync<DomainException>(() => Outgoing.ApproveContentAsync(id, version))).Message);

        var d = await ReloadOutgoingAsync(id);
        Assert.Equal(version, d.Version);
        Assert.Equal(OutgoingState.FormatCheck, d.State);
        Assert.Null(d.NumberSymbol);
    }

    [Fact]
    public async Task AnActionOnAVersionSomeoneElseChanged_IsAConflict_NotAnOverwrite()
    {
        var id = await DraftAsync();
        await AdvanceAsync(id, OutgoingState.FormatCheck);
        var seen = await OutVersionAsync(id);
        await ActAsAsync("khcn.vanthu");
        await Outgoing.ApproveFormatAsync(id, seen);
        await ActAsAsync("khcn.lanhdao");
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Outgoing.ReturnAsync(id, seen, "Xem lại."));
        Assert.Equal(OutgoingState.AwaitingSignature, (await ReloadOutgoingAsync(id)).State);
    }

    [Fact]
    public async Task ADraft_IsRefused_WithoutAFile_ARecipient_AnIssuerAboveTheDrafter_OrASignerWhoMaySign()
    {
        await ActAsAsync("khcn.chuyenvien");
        var good = await DraftCommandAsync();
        Assert.Contains("tệp dự thảo", (await Assert.ThrowsAsync<DomainException>(() => Outgoing.DraftAsync(good with { MainFile = null }))).Message);
        Assert.Contains("ít nhất một nơi nhận", (await Assert.ThrowsAsync<DomainException>(() => Outgoing.DraftAsync(good with { RecipientUnitIds = [], OutsideRecipients = [] }))).Message);
        Assert.Contains("Cơ quan ban hành", (await Assert.ThrowsAsync<DomainException>(() =>
            Outgoing.DraftAsync(good with { IssuerUnitId = DemoActors.UnitIdAsync(Db, "STC").Result }))).Message);
        Assert.Contains("Người ký", (await Assert.ThrowsAsync<DomainException>(() =>
            Outgoing.DraftAsync(good with { SignerId = DemoActors.UserIdAsync(Db, "khcn.dulieu").Result }))).Message);
        Assert.Contains("đang hoạt động", (await Assert.ThrowsAsync<DomainException>(() =>
            Outgoing.DraftAsync(good with { RecipientUnitIds = [DemoActors.UnitIdAsync(Db, "VNPT-HUE").Result] }))).Message);
        await ActAsAsync("vnpt.khaithac");
        await Assert.ThrowsAsync<ForbiddenException>(() => Outgoing.DraftAsync(good));
        Assert.Equal(0, await CountAsync<OutgoingDocument>());
    }

    [Fact]
    public async Task AReplacement_LinksToTheDocumentItFixes_AndBothShowTheLink()
    {
        var first = await IssuedAsync();
        await ActAsAsync("khcn.chuyenvien");
        var replacement = await DraftAsync(command: await DraftCommandAsync(fix: new DocumentFix(first, FixKind.Replaces)));
        await AdvanceAsync(replacement, OutgoingState.Issued);

        await ActAsAsync("khcn.vanthu");
        var fixes = (await OutgoingQueries.GetAsync(replacement, recordView: false)).Fixes;
        Assert.Equal((first, "01/SKHCN", FixKind.Replaces), (fixes!.Id, fixes.Label, fixes.Kind));
        var fixedBy = Assert.Single((await OutgoingQueries.GetAsync(first, recordView: false)).FixedBy);
        Assert.Equal((replacement, "02/SKHCN"), (fixedBy.Id, fixedBy.Label));
    }

    [Fact]
    public async Task OnlyAnIssuedDocumentOfTheSameIssuer_CanBeReplaced()
    {
        var draft = await DraftAsync();
        await ActAsAsync("khcn.chuyenvien");
        var refused = await Assert.ThrowsAsync<DomainException>(async () => await Outgoing.DraftAsync(await DraftCommandAsync(fix: new DocumentFix(draft, FixKind.Corrects))));
        Assert.Contains("đã ban hành của cùng cơ quan", refused.Message);
    }
}
