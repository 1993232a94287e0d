package ariadne.suites.loader;

import ariadne.loader.CallGate;
import ariadne.loader.Loader;
import ariadne.loader.Outcome;
import ariadne.loader.push.PushPort;
import ariadne.loader.push.PushService;
import ariadne.magic.Address;
import ariadne.suites.CaseList;
import ariadne.suites.Check;
import ariadne.suites.Suite;
import ariadne.suites.TestCase;
import ariadne.task.JoinHandle;
import ariadne.task.OneShot;
import ariadne.task.Task;

/**
 * The live-swap demo, driven by the host ({@code make swap}, HostPushTest): a long-running task
 * prints the counter cell's report every few milliseconds ({@code TICK ...}) while the main task
 * waits for the host to push a new version of the cell on COM3; after the swap the task's output
 * changes and the count goes on, without the task restarting.
 */
public final class SwapDemoSuite extends Suite {
    private static final long PUSH_WAIT_MS = 120000;
    private static final int TICKS_AFTER_SWAP = 5;

    public SwapDemoSuite() {
        super("swapdemo");
    }

    /** Prints the client's report until told to stop, remembering how the reports went. */
    private static final class Ticker implements OneShot<Object, Object> {
        private final Address tick;
        volatile boolean stop;
        volatile int ticks;
        volatile int ticksOfNewVersion;
        volatile boolean countWentOn = true;
        private long lastValue;

        Ticker(Address tick) {
            this.tick = tick;
        }

        @Override
        // sound: CallGate types a cell export's result Object; every export called here returns a String, which is immutable
        @SuppressWarnings("ownership:cell.boundary.shared.result")
        public Object run(Object unused) {
            while (!stop) {
                String report = (String) CallGate.invokeForObject(tick);
                System.out.println("TICK " + report);
                long value = Long.parseLong(report.substring(report.lastIndexOf(' ') + 1));
                countWentOn &= value == lastValue + 1;
                lastValue = value;
                ticks++;
                if (!report.startsWith("counter v1")) {
                    ticksOfNewVersion++;
                }
                Task.sleep(10);
            }
            return null;
        }
    }

    @Override
    protected void addCases(CaseList cases) {
        cases.add(new TestCase("hostPushSwapsTheRunningCounter") {
            @Override
            // sound: the demo reads the loader's records on purpose and runs alone; the ticker is shared with its task on
            // purpose (the test reads its counters, sets its volatile stop flag and joins it), and the push service uses the port only inside serveOne
            @SuppressWarnings({"ownership:cell.boundary.shared", "ownership:cell.boundary.shared.result", "ownership:not.unique"})
            protected void run() {
                Check.equal(1, Loader.namespace().find(Cells.COUNTER).version(), "the boot loaded counter v1");
                PushPort port = new PushPort(PushPort.COM3);
                Check.isTrue(port.isPresent(), "a push port (COM3: QEMU's third -serial)");
                port.initialize();
                System.out.println("PUSH READY");
                Ticker ticker = new Ticker(Loader.namespace().find(SwapCases.CLIENT).exportAddress(SwapCases.TICK));
                JoinHandle<Object> task = Task.spawn("ticker", ticker, null);
                Outcome outcome = new PushService(port).serveOne(PUSH_WAIT_MS);
                Check.isTrue(outcome != null, "a cell was pushed within " + PUSH_WAIT_MS + " ms");
                System.out.println("PUSH " + outcome);
                Check.isTrue(outcome.isDone(), "the pushed cell was swapped in");
                while (ticker.ticksOfNewVersion < TICKS_AFTER_SWAP) {
                    Task.sleep(5);
                }
                ticker.stop = true;
                task.join();
                Check.isTrue(ticker.countWentOn, "every tick counted one more than the last, across the swap");
                Check.isTrue(ticker.ticks > ticker.ticksOfNewVersion, "the same task ticked before the swap");
            }
        });
    }
}
