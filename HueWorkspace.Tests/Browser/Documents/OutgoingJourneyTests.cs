using HueWorkspace.Tests.Browser.A11y;
using HueWorkspace.Tests.Browser.Pages;
using static Microsoft.Playwright.Assertions;

namespace HueWorkspace.Tests.Browser.Documents;

/// <summary>
/// A letter of Sở KH&amp;CN from draft to the receiving register, with everyone concerned watching live: the specialist
/// drafts and submits; the head, on their list, sees it arrive and approves the content; the clerk approves the format;
/// the head signs; the clerk issues — the People's Committee office's clerk sees it arrive in the queue, and the
/// specialist, still on the document's page, sees "Đã nhận" and then "Đang xử lý" without reloading; a recall reaches
/// the receiver's page live.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OutgoingJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task ALetter_DraftedReviewedSignedIssued_ArrivesLiveAtTheReceiver_AndTheSenderFollowsIt()
    {
        var tag = Random.Shared.Next(1000, 9999);
        var excerpt = $"Về việc triển khai Nền tảng làm việc số đợt {tag}";
        var drafter = await host.SignInAsync("khcn.chuyenvien");
        var head = await host.SignInAsync("khcn.lanhdao");
        var clerk = await host.SignInAsync("khcn.vanthu");
        var receiver = await host.SignInAsync("vp.vanthu", viewport: Accessibility.Phone);
        try
        {
            await head.GoToAsync("/outgoing");
            await receiver.GoToAsync("/documents?tab=Queue");

            var form = new DraftOutgoingPage(drafter);
            await form.OpenAsync();
            await form.DraftAsync("Sở Khoa học và Công nghệ", excerpt, "Đặng Ngọc Bảo", ["Văn phòng UBND thành phố", "Sở Tài chính"], "Bộ Khoa học và Công nghệ");
            var sent = new OutgoingDocumentPage(drafter);
            await Expect(sent.State).ToHaveTextAsync("Dự thảo");
            await BrowserHost.ScreenshotAsync(drafter.Page, "outgoing-01-draft");
            await sent.ActAsync("Submit", "Kính trình anh xem xét.");
            await Expect(sent.State).ToHaveTextAsync("Chờ duyệt nội dung");

            // The head's "waiting for me" list shows it without a reload.
            var waiting = head.Page.GetByTestId("outgoing-row").Filter(new() { HasText = excerpt });
            await Expect(waiting).ToHaveCountAsync(1);
            await waiting.GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
            await head.WaitUntilInteractiveAsync();
            var review = new OutgoingDocumentPage(head);
            await review.ActAsync("ApproveContent", "Đồng ý nội dung.");
            await Expect(review.State).ToHaveTextAsync("Chờ kiểm tra thể thức");
            await Expect(sent.State).ToHaveTextAsync("Chờ kiểm tra thể thức");

            await clerk.GoToAsync("/outgoing");
            await clerk.Page.GetByTestId("outgoing-row").Filter(new() { HasText = excerpt }).GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
            await clerk.WaitUntilInteractiveAsync();
            var issue = new OutgoingDocumentPage(clerk);
            await issue.ActAsync("ApproveFormat");
            await Expect(review.State).ToHaveTextAsync("Chờ ký");
            await review.ActAsync("Sign", capacity: "Ký trực tiếp");
            await Expect(issue.State).ToHaveTextAsync("Đã ký, chờ ban hành");
            await BrowserHost.ScreenshotAsync(clerk.Page, "outgoing-02-signed");
            await issue.ActAsync("Issue");
            await Expect(issue.State).ToHaveTextAsync("Đã ban hành");
            await Expect(issue.Number).ToContainTextAsync("/SKHCN");
            var number = await issue.Number.InnerTextAsync();

            // The office's clerk sees it arrive in the queue (on a phone); the sender sees "received" without reloading.
            var arrived = receiver.Page.GetByTestId("document-row").Filter(new() { HasText = excerpt });
            await Expect(arrived).ToHaveCountAsync(1);
            await Expect(arrived).ToContainTextAsync(number);
            await Expect(sent.RecipientStatus("Văn phòng UBND thành phố")).ToHaveTextAsync("Đã nhận");
            await Expect(sent.RecipientStatus("Bộ Khoa học và Công nghệ")).ToHaveTextAsync("Gửi ngoài hệ thống");
            await BrowserHost.ScreenshotAsync(drafter.Page, "outgoing-03-received");
            await BrowserHost.ScreenshotAsync(receiver.Page, "outgoing-phone-queue");

            // The office presents it: the sender sees it being handled, live.
            await arrived.GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
            await receiver.WaitUntilInteractiveAsync();
            var copy = new DocumentPage(receiver);
            await Expect(receiver.Page.GetByTestId("from-system")).ToContainTextAsync("Sở Khoa học và Công nghệ");
            await copy.PresentAsync("Lê Minh Tâm");
            await Expect(sent.RecipientStatus("Văn phòng UBND thành phố")).ToHaveTextAsync("Đang xử lý");

            // A recall reaches the receiver's page live, and the sender's copy is frozen.
            await issue.ActAsync("Recall", "Sai số liệu tại mục 2, sẽ ban hành văn bản thay thế.");
            await Expect(issue.State).ToHaveTextAsync("Đã thu hồi");
            await Expect(receiver.Page.GetByTestId("recalled")).ToContainTextAsync("Sai số liệu tại mục 2");
            await Expect(copy.State).ToHaveTextAsync("Đã bị thu hồi");
            await Expect(receiver.Page.GetByTestId("pdf-preview")).ToHaveCountAsync(0);
            await Expect(sent.RecipientStatus("Văn phòng UBND thành phố")).ToHaveTextAsync("Đã thu hồi");
            await Expect(clerk.Page.GetByTestId("outgoing-actions")).ToHaveCountAsync(0);
            await BrowserHost.ScreenshotAsync(receiver.Page, "outgoing-04-recalled");
            await BrowserHost.ScreenshotAsync(drafter.Page, "outgoing-05-sender");
        }
        finally
        {
            await drafter.CloseAsync();
            await head.CloseAsync();
            await clerk.CloseAsync();
            await receiver.CloseAsync();
        }
    }
}
