using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ZezhouDisclosure.Application.Common.Errors;
using ZezhouDisclosure.Infrastructure.Persistence.Interceptors;

namespace ZezhouDisclosure.Infrastructure.Persistence.Behaviours;

/// <summary>
/// Every command runs in one database transaction (ADR-0006): the change and its audit entries commit together or
/// not at all. Stale writes and duplicate keys become <see cref="ConflictException"/>s the user can act on.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(
    AppDbContext db, PublicContentInterceptor publicContent, ILogger<TransactionBehaviour<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await publicContent.FlushAsync(CancellationToken.None);
            return response;
        }
        catch (Exception) when (Discard())
        {
            throw;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            logger.LogInformation(ex, "Stale write refused in {UseCase}", typeof(TMessage).Name);
            db.ChangeTracker.Clear();
            throw new ConflictException("该信息已被他人修改。为避免覆盖他人的修改，本次保存未生效；您填写的内容保留在下方，请核对后重新保存。");
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "Write refused by the database in {UseCase}", typeof(TMessage).Name);
            db.ChangeTracker.Clear();
            throw new ConflictException("数据已被他人同时修改（编号冲突），本次操作未生效，请重试。");
        }
    }

    // Runs as an exception filter so nothing a rolled-back transaction saved reaches the listeners; never catches.
    private bool Discard()
    {
        publicContent.Discard();
        return false;
    }
}
