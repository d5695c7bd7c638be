namespace Msd;

/// <summary>
/// A problem the user can fix (bad input, a missing file, a busy database). Its message is Dutch and
/// complete; hosts show it without a stack trace (the CLI exits with code 1).
/// </summary>
public sealed class MsdUserException : Exception
{
    public MsdUserException(string message)
        : base(message)
    {
    }

    public MsdUserException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public MsdUserException()
    {
    }
}
