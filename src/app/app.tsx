export function App() {
  return (
    <>
      <header className="app-header">
        <h1>Diplomacy Timeline</h1>
        <p className="tagline">US–Israel–UN diplomacy, event by event, from the news.</p>
      </header>
      <main id="main">
        <p>The timeline appears here once the dataset is built.</p>
      </main>
    </>
  );
}
