using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace HueWorkspace.Web.Security;

/// <summary>
/// A malformed request is the caller's mistake: a 4xx problem in Vietnamese, in every environment, with nothing of
/// the server's inside (no stack trace, no type or source path). Minimal APIs are told to throw on a bad request
/// (<see cref="RouteHandlerOptions.ThrowOnBadRequest"/>) so that this one place answers for all of them.
/// </summary>
public static class BadRequestProblems
{
    public static IServiceCollection AddBadRequestProblems(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Every problem answer says what happened in Vietnamese, its title too (the framework's titles are English
        // reason phrases: "Bad Request", "Not Found"…); a title our code chose is kept.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            var problem = c.ProblemDetails;
            if (problem.Status is { } status && (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(status) || status >= 500))
            {
                problem.Title = Title(status);
            }
        });
        return services;
    }

    /// <summary>A problem's title by its status, in Vietnamese (a status code is a number, not an enum: a table, with a
    /// title for the server's faults and one for every other refusal).</summary>
    public static string Title(int status) =>
        Titles.GetValueOrDefault(status) ?? (status >= StatusCodes.Status500InternalServerError ? "Lỗi hệ thống" : "Yêu cầu không hợp lệ");

    private static readonly Dictionary<int, string> Titles = new()
    {
        [StatusCodes.Status401Unauthorized] = "Chưa đăng nhập",
        [StatusCodes.Status403Forbidden] = "Không có quyền",
        [StatusCodes.Status404NotFound] = "Không tìm thấy",
        [StatusCodes.Status405MethodNotAllowed] = "Phương thức không được hỗ trợ",
        [StatusCodes.Status409Conflict] = "Dữ liệu đã thay đổi",
        [StatusCodes.Status413PayloadTooLarge] = "Dữ liệu quá lớn",
        [StatusCodes.Status415UnsupportedMediaType] = "Định dạng không được hỗ trợ",
        [StatusCodes.Status429TooManyRequests] = "Quá nhiều yêu cầu",
    };

    public static IApplicationBuilder UseBadRequestProblems(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await Results.Problem(detail: Describe(ex), statusCode: ex.StatusCode, title: "Yêu cầu không hợp lệ").ExecuteAsync(context);
            return;
        }

        // A refusal the framework answers without a body (a body that is not JSON, a missing sign-in, a method the
        // route does not take) still says why, in Vietnamese, to a program calling the API.
        var response = context.Response;
        if (!response.HasStarted && Bodiless(response.StatusCode) is { } detail && response.ContentType is null && response.ContentLength is null
            && context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(detail: detail, statusCode: response.StatusCode).ExecuteAsync(context);
        }
    });

    /// <summary>
    /// What a bodiless refusal means, for the statuses a caller can act on; null leaves the answer as it is (a 416 of a
    /// range request, say).
    /// </summary>
    private static string? Bodiless(int status) =>
        BodilessDetails.GetValueOrDefault(status) ?? (status >= StatusCodes.Status500InternalServerError ? "Hệ thống gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau." : null);

    private static readonly Dictionary<int, string> BodilessDetails = new()
    {
        [StatusCodes.Status400BadRequest] = "Yêu cầu không hợp lệ.",
        [StatusCodes.Status401Unauthorized] = "Bạn cần đăng nhập để dùng chức năng này.",
        [StatusCodes.Status403Forbidden] = "Bạn không có quyền thực hiện thao tác này.",
        [StatusCodes.Status404NotFound] = "Không tìm thấy địa chỉ này.",
        [StatusCodes.Status405MethodNotAllowed] = "Địa chỉ này không nhận phương thức đã gửi.",
        [StatusCodes.Status415UnsupportedMediaType] = JsonOnly.Message,
        [StatusCodes.Status429TooManyRequests] = "Quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ít phút.",
    };

    /// <summary>What the caller can fix, in Vietnamese; the JSON path when the body was at fault.</summary>
    public static string Describe(BadHttpRequestException ex)
    {
        if (ex is Components.Shared.ListAddressRefusal)
        {
            return ex.Message; // a list's address names each key at fault, in Vietnamese
        }

        if (ex.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return JsonOnly.Message;
        }

        if (ex.InnerException is JsonException json)
        {
            // Our own rules' refusals speak Vietnamese; the serializer's own messages are English and name .NET types.
            var where = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "" : $" (tại {json.Path})";
            return json is StrictJson.Refusal
                ? $"Dữ liệu gửi lên không hợp lệ{where}: {json.Message}"
                : $"Dữ liệu gửi lên không đúng định dạng JSON, thiếu trường bắt buộc hoặc có giá trị trống không được phép{where}.";
        }

        return ex.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? "Dữ liệu gửi lên quá lớn."
            : "Yêu cầu không hợp lệ: thiếu tham số hoặc tham số không đúng định dạng.";
    }
}

/// <summary>
/// Every state-changing API call carries JSON, bodiless ones included: a page on another site can send a form or a
/// plain-text POST with the user's cookies, but not <c>application/json</c> without the browser asking first (CORS).
/// </summary>
public sealed class JsonOnly : IEndpointFilter
{
    public const string Message = "Yêu cầu thay đổi dữ liệu phải gửi kèm Content-Type: application/json.";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || request.HasJsonContentType())
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(Results.Problem(detail: Message, statusCode: StatusCodes.Status415UnsupportedMediaType));
    }
}
