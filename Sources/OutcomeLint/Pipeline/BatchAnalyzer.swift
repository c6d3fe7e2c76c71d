import Dispatch
import Foundation
import Synchronization

/// Analyses a stream of records on several worker threads while keeping the
/// output in input order and memory bounded.
///
/// One reader thread pulls records from the stream and hands them out in
/// batches; each worker owns its own ``Analyzer`` (ICU iterators, scratch
/// space) and renders every result it produces; the calling thread receives
/// the rendered batches strictly in input order. At most ``window`` batches
/// are in flight, so memory does not grow with the size of the input, and the
/// output is byte-identical whatever the number of workers. The calling thread
/// is woken once several batches are ready in order (``wakeBatches``), not for
/// each one: every wake of a sleeping thread is a system call on the worker
/// that delivers, and on a virtual machine often an interrupt to another core.
public struct BatchAnalyzer: Sendable {
  /// The shared lexicons and rules.
  public let engine: AnalysisEngine
  /// How many worker threads analyse records.
  public let jobs: Int
  /// How many records a batch holds.
  public let batchSize: Int
  /// How many batches may be read but not yet consumed.
  public let window: Int
  /// How many batches must be ready, in order, before the waiting calling
  /// thread is woken to consume them (fewer at the end of the input).
  public let wakeBatches: Int

  /// Creates a batch analyser with `jobs` workers (at least one).
  public init(engine: AnalysisEngine, jobs: Int, batchSize: Int = 128) {
    self.engine = engine
    self.jobs = max(1, jobs)
    self.batchSize = max(1, batchSize)
    wakeBatches = 4
    window = self.jobs * 4 + wakeBatches
  }

  /// Reads every record from the stream `makeStream` creates (on the reader
  /// thread), analyses and renders each on a worker, and passes the rendered
  /// outputs to `consume` on the calling thread, in input order.
  public func run<Output: Sendable>(
    makeStream: @escaping @Sendable () -> any RecordStream,
    render: @escaping @Sendable (RecordResult) -> Output,
    consume: ([Output]) -> Void
  ) throws(SegmentationError) {
    try run(
      makeStream: makeStream,
      makeWorker: { engine throws(SegmentationError) in
        try Analyzer(engine: engine)
      }, process: { analyzer, record in render(analyzer.analyze(record)) }, consume: consume)
  }

  /// Like ``run(makeStream:render:consume:)``, but each worker thread first
  /// makes its own `Worker` (scratch state that never leaves the thread) with
  /// `makeWorker`, and `process` turns each record into its output with it.
  public func run<Worker, Output: Sendable>(
    makeStream: @escaping @Sendable () -> any RecordStream,
    makeWorker: @escaping @Sendable (AnalysisEngine) throws(SegmentationError) -> Worker,
    process: @escaping @Sendable (Worker, InputRecord) -> Output,
    consume: ([Output]) -> Void
  ) throws(SegmentationError) {
    try run(
      makeStream: makeStream, makeWorker: makeWorker,
      processBatch: { worker, records in
        records.indices.map { index in
          InputRecord.prefetch(after: index, in: records)
          return process(worker, records[index])
        }
      },
      consumeBatch: consume)
  }

  /// Like ``run(makeStream:makeWorker:process:consume:)``, but `processBatch`
  /// turns a whole batch of records into one output (one buffer of rendered
  /// bytes, say, rather than one per record), and `consumeBatch` receives
  /// each batch's output, in input order.
  public func run<Worker, Output: Sendable>(
    makeStream: @escaping @Sendable () -> any RecordStream,
    makeWorker: @escaping @Sendable (AnalysisEngine) throws(SegmentationError) -> Worker,
    processBatch: @escaping @Sendable (Worker, [InputRecord]) -> Output,
    consumeBatch: (Output) -> Void
  ) throws(SegmentationError) {
    let shared = SharedState<Output>(window: window, wakeBatches: wakeBatches)
    let engine = engine
    let batchSize = batchSize
    let jobs = jobs
    let workersDone = DispatchGroup()
    let startFailures = Mutex<SegmentationError?>(nil)
    for _ in 0..<jobs {
      workersDone.enter()
      let thread = Thread {
        defer { workersDone.leave() }
        let worker: Worker
        do throws(SegmentationError) {
          worker = try makeWorker(engine)
        } catch {
          startFailures.withLock { $0 = error }
          shared.abandonWork(workers: jobs)
          return
        }
        while let batch = shared.takeBatch() {
          shared.deliver(
            processBatch(worker, batch.records), sequence: batch.sequence)
        }
      }
      thread.start()
    }
    let reader = Thread {
      var stream = makeStream()
      var sequence = 0
      var records: [InputRecord] = []
      records.reserveCapacity(batchSize)
      while let record = stream.next() {
        records.append(record)
        if records.count == batchSize {
          guard shared.submit(records, sequence: sequence) else { return }
          sequence += 1
          records.removeAll(keepingCapacity: true)
        }
      }
      if !records.isEmpty, shared.submit(records, sequence: sequence) { sequence += 1 }
      shared.finishReading(batches: sequence, workers: jobs)
    }
    reader.start()
    while let output = shared.nextInOrder() {
      consumeBatch(output)
    }
    workersDone.wait()
    if let failure = startFailures.withLock({ $0 }) { throw failure }
  }
}

/// The state the reader, the workers and the consumer share: pending batches,
/// finished outputs waiting for their turn, and the counts that bound them.
private final class SharedState<Output: Sendable>: Sendable {
  struct Batch {
    let sequence: Int
    let records: [InputRecord]
  }

  struct State {
    var pending: [Batch] = []
    var pendingStart = 0
    var finished: [Int: Output] = [:]
    var nextToConsume = 0
    var totalBatches: Int?
    var abandoned = false
    /// Whether the consumer sleeps until enough batches are ready in order.
    var consumerWaiting = false

    /// Whether the consumer has enough to do: `count` batches ready from the
    /// next one to consume, or every batch left up to the end of the input.
    func readyInOrder(_ count: Int) -> Bool {
      var wanted = nextToConsume + count
      if let totalBatches { wanted = min(wanted, totalBatches) }
      for sequence in nextToConsume..<wanted where finished[sequence] == nil { return false }
      return true
    }
  }

  private let state = Mutex(State())
  private let workAvailable = DispatchSemaphore(value: 0)
  private let slotsFree: DispatchSemaphore
  private let resultReady = DispatchSemaphore(value: 0)
  private let wakeBatches: Int

  init(window: Int, wakeBatches: Int) {
    slotsFree = DispatchSemaphore(value: window)
    self.wakeBatches = wakeBatches
  }

  /// Queues a batch, waiting while the window is full. False if abandoned.
  func submit(_ records: [InputRecord], sequence: Int) -> Bool {
    slotsFree.wait()
    let accepted = state.withLock { state in
      guard !state.abandoned else { return false }
      state.pending.append(Batch(sequence: sequence, records: records))
      return true
    }
    if accepted { workAvailable.signal() }
    return accepted
  }

  /// Marks the end of input; wakes every worker so idle ones can exit.
  func finishReading(batches: Int, workers: Int) {
    state.withLock { $0.totalBatches = batches }
    for _ in 0..<workers { workAvailable.signal() }
    resultReady.signal()
  }

  /// The next batch to analyse, or nil when there is no more work.
  func takeBatch() -> Batch? {
    while true {
      workAvailable.wait()
      let taken: Batch?? = state.withLock { state in
        if state.abandoned { return .some(nil) }
        if state.pendingStart < state.pending.count {
          let batch = state.pending[state.pendingStart]
          state.pendingStart += 1
          if state.pendingStart > 64 {
            state.pending.removeFirst(state.pendingStart)
            state.pendingStart = 0
          }
          return .some(batch)
        }
        return state.totalBatches == nil ? .none : .some(nil)
      }
      if let taken { return taken }
    }
  }

  /// Hands back a batch's output, waking the consumer once it has enough.
  func deliver(_ output: Output, sequence: Int) {
    let wakeConsumer = state.withLock { state in
      state.finished[sequence] = output
      guard state.consumerWaiting, state.readyInOrder(wakeBatches) else { return false }
      state.consumerWaiting = false
      return true
    }
    if wakeConsumer { resultReady.signal() }
  }

  /// Stops everything after a worker could not start: wakes the reader, the
  /// other workers and the consumer so each sees it and stops.
  func abandonWork(workers: Int) {
    state.withLock { $0.abandoned = true }
    for _ in 0..<workers { workAvailable.signal() }
    slotsFree.signal()
    resultReady.signal()
  }

  /// The next batch's output in input order, or nil when all are consumed.
  /// When the next is not ready, sleeps until ``wakeBatches`` are.
  func nextInOrder() -> Output? {
    while true {
      let next: Output?? = state.withLock { state in
        if let output = state.finished.removeValue(forKey: state.nextToConsume) {
          state.nextToConsume += 1
          return .some(output)
        }
        if state.abandoned { return .some(nil) }
        if let total = state.totalBatches, state.nextToConsume >= total { return .some(nil) }
        state.consumerWaiting = true
        return .none
      }
      switch next {
      case .some(.some(let output)):
        slotsFree.signal()
        return output
      case .some(.none):
        return nil
      case .none:
        resultReady.wait()
      }
    }
  }
}
