import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/theme.css';
import './styles/app.css';
import './styles/evidence.css';
import './styles/overview.css';
import './styles/explore.css';
import './styles/graph.css';
import './styles/cases.css';
import './styles/review.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render into');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
