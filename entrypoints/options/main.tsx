import { render } from 'preact';
import { uiDirection } from '../../utils/ui-direction';
import { App } from './App';

document.documentElement.dir = uiDirection();
const root = document.getElementById('app');
if (root) render(<App />, root);
