namespace HueWorkspace.Domain.Common;

/// <summary>
/// A rule of the workplace refused an operation. The message is Vietnamese and is shown to the user
/// as it is; nothing was changed when it is thrown.
/// </summary>
public class DomainException(string message) : Exception(message);

/// <summary>The record does not exist, or the user may not know that it exists.</summary>
public sealed class NotFoundException(string message = "Không tìm thấy bản ghi, hoặc bạn không có quyền xem bản ghi này.")
    : DomainException(message);

/// <summary>The user is signed in but not allowed to do this.</summary>
public sealed class ForbiddenException(string message = "Bạn không có quyền thực hiện thao tác này.")
    : DomainException(message);

/// <summary>Someone else changed the record since it was loaded; nothing was overwritten.</summary>
public sealed class ConcurrencyConflictException()
    : DomainException("Bản ghi đã được người khác thay đổi trong lúc bạn chỉnh sửa. Vui lòng tải lại và thực hiện lại.");
